package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatCreated;
import io.parley.application.event.MessageSent;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatWithSelfException;
import io.parley.domain.message.ClientIdReusedException;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.RetryOfDeletedMessageException;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import org.junit.jupiter.api.Test;

class SendDirectMessageServiceTest {
    private final Messaging m = new Messaging();

    @Test
    void firstDirectMessageOpensThePrivateChatAndLaterOnesReuseIt() {
        SentMessage first = m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "hi Bob", null));
        SentMessage reply = m.sendDirect.send(new SendDirectMessageCommand(m.bob, m.alice, "hi Alice", null));

        assertThat(first.message().chatKind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(reply.message().chatId()).isEqualTo(first.message().chatId());
        assertThat(reply.message().seq()).isEqualTo(2);
        assertThat(m.fakes.store.chatCount()).isEqualTo(1);
        assertThat(m.fakes.events.eventsOf(ChatCreated.class)).hasSize(1);
        assertThat(m.fakes.events.eventsOf(MessageSent.class)).hasSize(2);
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void retriedDirectMessageReturnsTheOriginal() {
        SentMessage first = m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "hi", "c-9"));
        SentMessage retry = m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "hi", "c-9"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.message().id()).isEqualTo(first.message().id());
        // the retry repeats the original's event (same cursor), in case it was lost after commit
        assertThat(m.fakes.events.eventsOf(MessageSent.class))
                .extracting(MessageSent::cursor)
                .containsExactly(1L, 1L);
    }

    @Test
    void badTextOpensNoChat() {
        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, " ", null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "hi", "")))
                .isInstanceOf(DomainException.class);
        assertThat(m.fakes.store.chatCount()).isZero();
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void writingToOneselfOrToNobodyIsRefused() {
        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.alice, "hi", null)))
                .isInstanceOf(ChatWithSelfException.class);
        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, UserId.of(999), "hi", null)))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(m.fakes.store.chatCount()).isZero();
    }

    @Test
    void aClientIdUsedInAnotherChatIsRefusedBeforeAnyChatIsOpened() {
        m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "to bob", "k-1"));
        m.fakes.events.clear();

        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.carol, "to carol", "k-1")))
                .isInstanceOf(ClientIdReusedException.class);
        assertThat(m.fakes.store.chatCount()).isEqualTo(1);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void aClientIdOfADeletedMessageIsRefusedBeforeAnyChatIsOpened() {
        SentMessage sent = m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "to bob", "k-2"));
        m.delete.delete(new DeleteMessageCommand(
                m.alice,
                ChatAddress.privateChat(sent.message().chatId()),
                MessageId.of(sent.message().id())));
        m.fakes.events.clear();

        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.carol, "to carol", "k-2")))
                .isInstanceOf(RetryOfDeletedMessageException.class);
        assertThat(m.fakes.store.chatCount()).isEqualTo(1);
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void theRecipientIsCheckedBeforeTheKey() {
        m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.bob, "to bob", "k-3"));

        assertThatThrownBy(() -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, m.alice, "me", "k-3")))
                .isInstanceOf(ChatWithSelfException.class);
        assertThatThrownBy(
                        () -> m.sendDirect.send(new SendDirectMessageCommand(m.alice, UserId.of(999), "nobody", "k-3")))
                .isInstanceOf(UserNotFoundException.class);
    }
}
