package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatDeleted;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.message.SendMessageCommand;
import io.parley.application.message.SendMessageService;
import io.parley.application.message.SendMessageUseCase;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.user.UserId;
import org.junit.jupiter.api.Test;

class DeletePrivateChatServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final DeletePrivateChatUseCase delete =
            new DeletePrivateChatService(fakes.store, fakes.transactions, fakes.events);
    private final SendMessageUseCase send = new SendMessageService(
            fakes.store, fakes.store, fakes.users, fakes.transactions, fakes.events, fakes.presence, fakes.clock);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");
    private final UserId carol = fakes.user("carol");

    @Test
    void eitherMemberDeletesTheChatWithItsMessagesForBoth() {
        ChatId chat = fakes.privateChat(alice, bob);
        send.send(new SendMessageCommand(alice, ChatAddress.privateChat(chat.value()), "hi", null));
        fakes.events.clear();

        delete.delete(new DeletePrivateChatCommand(bob, chat));

        assertThat(fakes.store.findPrivate(chat)).isEmpty();
        assertThat(fakes.store.findPrivateBetween(alice, bob)).isEmpty();
        assertThat(fakes.store.storedMessageCount()).isZero();
        assertThat(fakes.events.eventsOf(ChatDeleted.class)).singleElement().satisfies(event -> {
            assertThat(event.chat()).isEqualTo(chat);
            assertThat(event.kind()).isEqualTo(ChatKind.PRIVATE);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void outsiderCannotDeleteAndIsToldTheChatDoesNotExist() {
        ChatId chat = fakes.privateChat(alice, bob);

        assertThatThrownBy(() -> delete.delete(new DeletePrivateChatCommand(carol, chat)))
                .isInstanceOf(ChatNotFoundException.class);

        assertThat(fakes.store.findPrivate(chat)).isPresent();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void aGroupCannotBeDeletedAsAPrivateChat() {
        ChatId group = fakes.group("Team", alice, bob);

        assertThatThrownBy(() -> delete.delete(new DeletePrivateChatCommand(alice, group)))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("chat.not_found"));

        assertThat(fakes.store.findGroup(group)).isPresent();
        assertThat(fakes.events.events()).isEmpty();
    }
}
