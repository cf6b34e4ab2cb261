package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MembersAdded;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.application.model.GroupView;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.AlreadyGroupMemberException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AddGroupMembersServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final AddGroupMembersUseCase add =
            new AddGroupMembersService(fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");
    private final ChatId team = fakes.group("Team", alice, bob);

    @Test
    void ownerAddsUsersAndEveryoneIncludingTheNewcomersHearsOfIt() {
        GroupView view = add.add(new AddGroupMembersCommand(alice, team, List.of(carol, dave, carol)));

        assertThat(view.memberCount()).isEqualTo(4);
        assertThat(fakes.store.memberIds(team)).containsExactlyInAnyOrder(alice, bob, carol, dave);
        assertThat(fakes.events.eventsOf(MembersAdded.class)).singleElement().satisfies(event -> {
            assertThat(event.chat()).isEqualTo(team);
            assertThat(event.added()).containsExactly(carol, dave);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob, carol, dave);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void newcomersStartWithTheHistorySoFarCountedAsRead() {
        SendMessageService send = new SendMessageService(
                fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
        send.send(new SendMessageCommand(bob, ChatAddress.group(team.value()), "one", null));
        send.send(new SendMessageCommand(bob, ChatAddress.group(team.value()), "two", null));

        add.add(new AddGroupMembersCommand(alice, team, List.of(carol)));

        assertThat(fakes.store.readPointer(team, carol)).isEqualTo(2);
        assertThat(fakes.store.readPointer(team, alice)).isZero();
    }

    @Test
    void nonOwnerCannotAddMembers() {
        assertThatThrownBy(() -> add.add(new AddGroupMembersCommand(bob, team, List.of(carol))))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        assertThatThrownBy(() -> add.add(new AddGroupMembersCommand(dave, team, List.of(carol))))
                .isInstanceOf(ChatNotFoundException.class);
    }

    @Test
    void addingAnExistingMemberIsAConflictAndAddsNobody() {
        assertThatThrownBy(() -> add.add(new AddGroupMembersCommand(alice, team, List.of(carol, bob))))
                .isInstanceOfSatisfying(
                        AlreadyGroupMemberException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT));
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void unknownUserIsInvalidAndAddsNobody() {
        assertThatThrownBy(() -> add.add(new AddGroupMembersCommand(alice, team, List.of(carol, UserId.of(999)))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("group.unknown_users");
                });
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void anEmptyListIsInvalid() {
        assertThatThrownBy(() -> add.add(new AddGroupMembersCommand(alice, team, List.of())))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("group.no_users"));
    }
}
