package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatCreated;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.GroupView;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreateGroupServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final CreateGroupUseCase create =
            new CreateGroupService(fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");

    @Test
    void creatorOwnsTheNewGroupAndEveryMemberHearsOfIt() {
        GroupView view = create.create(new CreateGroupCommand(alice, "  Team  ", "about us", List.of(bob, carol, bob)));

        assertThat(view.name()).isEqualTo("Team");
        assertThat(view.description()).isEqualTo("about us");
        assertThat(view.ownerId()).isEqualTo(alice.value());
        assertThat(view.memberCount()).isEqualTo(3);
        assertThat(view.createdAt()).isEqualTo(fakes.clock.now());
        Group stored = fakes.store.findGroup(ChatId.of(view.id())).orElseThrow();
        assertThat(stored.owner()).isEqualTo(alice);
        assertThat(stored.memberIds()).containsExactlyInAnyOrder(alice, bob, carol);
        assertThat(fakes.events.eventsOf(ChatCreated.class)).singleElement().satisfies(event -> {
            assertThat(event.chat().value()).isEqualTo(view.id());
            assertThat(event.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob, carol);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void aGroupMayStartWithItsCreatorAlone() {
        GroupView view = create.create(new CreateGroupCommand(alice, "Notes", null, null));
        assertThat(view.memberCount()).isEqualTo(1);
        assertThat(view.description()).isEmpty();
    }

    @Test
    void unknownMemberIsInvalidAndNothingIsCreated() {
        assertThatThrownBy(
                        () -> create.create(new CreateGroupCommand(alice, "Team", null, List.of(bob, UserId.of(999)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("group.unknown_users");
                    assertThat(e.getMessage()).contains("999");
                });
        assertThat(fakes.store.chatCount()).isZero();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void invalidNameIsRefusedBeforeAnyWrite() {
        assertThatThrownBy(() -> create.create(new CreateGroupCommand(alice, "  ", null, List.of(bob))))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("group.invalid_name"));
        assertThat(fakes.transactions.started()).isZero();
        assertThat(fakes.store.chatCount()).isZero();
    }

    @Test
    void tooManyMembersAtOnceIsInvalid() {
        List<UserId> crowd = Collections.nCopies(501, bob);
        assertThatThrownBy(() -> create.create(new CreateGroupCommand(alice, "Crowd", null, crowd)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("group.too_many_users"));
        assertThat(fakes.store.chatCount()).isZero();
    }
}
