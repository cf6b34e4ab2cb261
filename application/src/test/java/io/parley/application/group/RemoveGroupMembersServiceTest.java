package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MembersRemoved;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.GroupView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.NotGroupMemberException;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.chat.OwnerNotRemovableException;
import io.parley.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoveGroupMembersServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final RemoveGroupMembersUseCase remove =
            new RemoveGroupMembersService(fakes.store, fakes.transactions, fakes.events);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");
    private final ChatId team = fakes.group("Team", alice, bob, carol);

    @Test
    void ownerRemovesMembersWhoAreToldAlongWithTheRest() {
        GroupView view = remove.remove(new RemoveGroupMembersCommand(alice, team, List.of(bob)));

        assertThat(view.memberCount()).isEqualTo(2);
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, carol);
        assertThat(fakes.store.findMembership(ChatAddress.group(team.value()), bob))
                .isEmpty();
        assertThat(fakes.events.eventsOf(MembersRemoved.class)).singleElement().satisfies(event -> {
            assertThat(event.removed()).containsExactly(bob);
            assertThat(event.left()).isFalse();
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, carol, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void nonOwnerCannotRemoveMembers() {
        assertThatThrownBy(() -> remove.remove(new RemoveGroupMembersCommand(bob, team, List.of(carol))))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob, carol);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void ownerCannotBeRemoved() {
        assertThatThrownBy(() -> remove.remove(new RemoveGroupMembersCommand(alice, team, List.of(alice))))
                .isInstanceOf(OwnerNotRemovableException.class);
        assertThat(fakes.store.memberIds(team)).contains(alice);
    }

    @Test
    void removingANonMemberIsAConflictAndRemovesNobody() {
        assertThatThrownBy(() -> remove.remove(new RemoveGroupMembersCommand(alice, team, List.of(bob, dave))))
                .isInstanceOf(NotGroupMemberException.class);
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob, carol);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        assertThatThrownBy(() -> remove.remove(new RemoveGroupMembersCommand(dave, team, List.of(bob))))
                .isInstanceOf(ChatNotFoundException.class);
    }
}
