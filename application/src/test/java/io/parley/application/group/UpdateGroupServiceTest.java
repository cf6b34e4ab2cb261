package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.GroupChanged;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.GroupView;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class UpdateGroupServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final UpdateGroupUseCase update = new UpdateGroupService(fakes.store, fakes.transactions, fakes.events);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId dave = fakes.user("dave");
    private final ChatId team = fakes.group("Team", alice, bob);

    @Test
    void ownerRenamesTheGroupAndMembersHearOfItAfterCommit() {
        GroupView view = update.update(new UpdateGroupCommand(alice, team, "Crew", null));

        assertThat(view.name()).isEqualTo("Crew");
        assertThat(fakes.store.findGroup(team).orElseThrow().name().value()).isEqualTo("Crew");
        assertThat(fakes.events.eventsOf(GroupChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.group().name()).isEqualTo("Crew");
            assertThat(event.chat()).isEqualTo(team);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void ownerChangesOnlyTheDescription() {
        GroupView view = update.update(new UpdateGroupCommand(alice, team, null, "line one\nline two"));
        assertThat(view.name()).isEqualTo("Team");
        assertThat(view.description()).isEqualTo("line one\nline two");
    }

    @Test
    void nonOwnerCannotRenameTheGroup() {
        assertThatThrownBy(() -> update.update(new UpdateGroupCommand(bob, team, "Mine", null)))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThat(fakes.store.findGroup(team).orElseThrow().name().value()).isEqualTo("Team");
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        assertThatThrownBy(() -> update.update(new UpdateGroupCommand(dave, team, "Mine", null)))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("group.not_found"));
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void aPrivateChatCannotBeRenamedAsAGroup() {
        ChatId chat = fakes.privateChat(alice, bob);
        assertThatThrownBy(() -> update.update(new UpdateGroupCommand(alice, chat, "Mine", null)))
                .isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void anEmptyChangeIsInvalid() {
        assertThatThrownBy(() -> update.update(new UpdateGroupCommand(alice, team, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("group.empty_change"));
        assertThat(fakes.transactions.started()).isZero();
    }
}
