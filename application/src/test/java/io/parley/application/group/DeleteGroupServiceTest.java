package io.parley.application.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatDeleted;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.fake.InMemoryMediaStore;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.chat.NotGroupOwnerException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class DeleteGroupServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final DeleteGroupUseCase delete = new DeleteGroupService(fakes.store, fakes.transactions, fakes.events);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId dave = fakes.user("dave");
    private final ChatId team = fakes.group("Team", alice, bob);

    @Test
    void ownerDeletesTheGroupWithItsMessagesAndEveryMemberHearsOfIt() {
        new SendMessageService(
                        fakes.store,
                        fakes.store,
                        fakes.users,
                        fakes.transactions,
                        fakes.events,
                        fakes.presence,
                        fakes.clock)
                .send(new SendMessageCommand(bob, ChatAddress.group(team.value()), "hi", null));
        fakes.events.clear();

        delete.delete(new DeleteGroupCommand(alice, team));

        assertThat(fakes.store.findGroup(team)).isEmpty();
        assertThat(fakes.store.storedMessageCount()).isZero();
        assertThat(fakes.events.events()).singleElement().isInstanceOfSatisfying(ChatDeleted.class, event -> {
            assertThat(event.chat()).isEqualTo(team);
            assertThat(event.kind()).isEqualTo(ChatKind.GROUP);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void aDiskThatCannotRemoveTheFilesStillLeavesTheGroupDeletedAndAnnounced() {
        InMemoryMediaStore brokenDisk = new InMemoryMediaStore();
        brokenDisk.breakDeletion();
        DeleteGroupUseCase deleteWithFiles =
                new DeleteGroupService(fakes.store, fakes.transactions, fakes.events, brokenDisk);

        deleteWithFiles.delete(new DeleteGroupCommand(alice, team));

        assertThat(fakes.store.findGroup(team)).isEmpty();
        assertThat(fakes.events.eventsOf(ChatDeleted.class))
                .singleElement()
                .satisfies(event -> assertThat(event.chat()).isEqualTo(team));
    }

    @Test
    void nonOwnerCannotDeleteTheGroup() {
        assertThatThrownBy(() -> delete.delete(new DeleteGroupCommand(bob, team)))
                .isInstanceOf(NotGroupOwnerException.class);
        assertThat(fakes.store.findGroup(team)).isPresent();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderIsToldTheGroupDoesNotExist() {
        assertThatThrownBy(() -> delete.delete(new DeleteGroupCommand(dave, team)))
                .isInstanceOf(ChatNotFoundException.class);
        assertThat(fakes.store.findGroup(team)).isPresent();
    }

    @Test
    void aPrivateChatCannotBeDeletedAsAGroup() {
        ChatId chat = fakes.privateChat(alice, bob);
        assertThatThrownBy(() -> delete.delete(new DeleteGroupCommand(alice, chat)))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("group.not_found"));
        assertThat(fakes.store.findPrivate(chat)).isPresent();
    }
}
