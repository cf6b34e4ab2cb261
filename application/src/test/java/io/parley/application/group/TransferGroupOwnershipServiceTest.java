package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.GroupChanged;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.GroupView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.NotGroupMemberException;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class TransferGroupOwnershipServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final TransferGroupOwnershipUseCase transfer =
            new TransferGroupOwnershipService(fakes.store, fakes.transactions, fakes.events);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");
    private final UserId dave = fakes.user("dave");
    private final ChatId team = fakes.group("Team", alice, bob, carol);

    @Test
    void ownerHandsTheGroupToAMemberAndEveryoneHearsOfIt() {
        GroupView view = transfer.transfer(new TransferGroupOwnershipCommand(alice, team, carol));

        assertThat(view.ownerId()).isEqualTo(carol.value());
        assertThat(fakes.store.findGroup(team).orElseThrow().owner()).isEqualTo(carol);
        assertThat(fakes.store.memberIds(team)).contains(alice);
        assertThat(fakes.events.eventsOf(GroupChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.group().ownerId()).isEqualTo(carol.value());
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob, carol);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void theFormerOwnerLosesTheOwnersRights() {
        transfer.transfer(new TransferGroupOwnershipCommand(alice, team, carol));
        assertThatThrownBy(() -> transfer.transfer(new TransferGroupOwnershipCommand(alice, team, bob)))
                .isInstanceOf(NotGroupOwnerException.class);
    }

    @Test
    void transferToANonMemberIsRefused() {
        assertThatThrownBy(() -> transfer.transfer(new TransferGroupOwnershipCommand(alice, team, dave)))
                .isInstanceOf(NotGroupMemberException.class);
        assertThat(fakes.store.findGroup(team).orElseThrow().owner()).isEqualTo(alice);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void handingTheGroupToOneselfChangesNothingAndTellsNobody() {
        GroupView view = transfer.transfer(new TransferGroupOwnershipCommand(alice, team, alice));

        assertThat(view.ownerId()).isEqualTo(alice.value());
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void nonOwnerCannotTransferOwnership() {
        assertThatThrownBy(() -> transfer.transfer(new TransferGroupOwnershipCommand(bob, team, bob)))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        assertThatThrownBy(() -> transfer.transfer(new TransferGroupOwnershipCommand(dave, team, dave)))
                .isInstanceOf(ChatNotFoundException.class);
    }
}
