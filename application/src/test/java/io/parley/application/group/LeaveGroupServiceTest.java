package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatDeleted;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MembersRemoved;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class LeaveGroupServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final LeaveGroupUseCase leave = new LeaveGroupService(fakes.store, fakes.transactions, fakes.events);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");

    @Test
    void memberLeavesAndTheOthersAndTheLeaverAreTold() {
        ChatId team = fakes.group("Team", alice, bob, carol);

        leave.leave(new LeaveGroupCommand(bob, team));

        assertThat(fakes.store.memberIds(team)).containsExactly(alice, carol);
        assertThat(fakes.events.events()).singleElement().isInstanceOfSatisfying(MembersRemoved.class, event -> {
            assertThat(event.removed()).containsExactly(bob);
            assertThat(event.left()).isTrue();
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, carol, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void ownerLeavingPassesTheGroupToTheLongestStandingMember() {
        // carol joined before bob
        ChatId team = fakes.group("Team", alice, carol, bob);

        leave.leave(new LeaveGroupCommand(alice, team));

        assertThat(fakes.store.findGroup(team).orElseThrow().owner()).isEqualTo(carol);
        assertThat(fakes.events.eventsOf(MembersRemoved.class))
                .singleElement()
                .satisfies(event -> assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob, carol));
        assertThat(fakes.events.eventsOf(GroupChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.group().ownerId()).isEqualTo(carol.value());
            assertThat(event.group().memberCount()).isEqualTo(2);
            assertThat(event.audience()).containsExactlyInAnyOrder(bob, carol);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void lastMemberLeavingDeletesTheGroupWithItsMessages() {
        ChatId solo = fakes.group("Notes", alice);
        new SendMessageService(
                        fakes.store,
                        fakes.store,
                        fakes.users,
                        fakes.transactions,
                        fakes.events,
                        fakes.presence,
                        fakes.clock)
                .send(new SendMessageCommand(alice, ChatAddress.group(solo.value()), "note to self", null));
        fakes.events.clear();

        leave.leave(new LeaveGroupCommand(alice, solo));

        assertThat(fakes.store.findGroup(solo)).isEmpty();
        assertThat(fakes.store.storedMessageCount()).isZero();
        assertThat(fakes.events.events()).singleElement().isInstanceOfSatisfying(ChatDeleted.class, event -> {
            assertThat(event.chat()).isEqualTo(solo);
            assertThat(event.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(event.audience()).containsExactly(alice);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void outsiderCannotLeaveAndIsToldTheGroupDoesNotExist() {
        ChatId team = fakes.group("Team", alice, bob);
        assertThatThrownBy(() -> leave.leave(new LeaveGroupCommand(dave, team)))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("group.not_found"));
        assertThat(fakes.store.memberIds(team)).containsExactly(alice, bob);
        assertThat(fakes.events.events()).isEmpty();
    }
}
