package io.parley.application.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.MessageSent;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.model.MessageView;
import io.parley.application.port.MessageRepository;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatNotFoundException;
import io.parley.domain.message.ClientIdReusedException;
import io.parley.domain.message.MessageId;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SendMessageServiceTest {
    private final Messaging m = new Messaging();
    private final ChatAddress chat = m.privateChat(m.alice, m.bob);

    @Test
    void sendingAssignsTheNextSeqFromOne() {
        assertThat(m.say(m.alice, chat, "one").seq()).isEqualTo(1);
        assertThat(m.say(m.bob, chat, "two").seq()).isEqualTo(2);
        assertThat(m.say(m.alice, chat, "three").seq()).isEqualTo(3);
        assertThat(m.fakes.store.lastSeq(chat.id())).isEqualTo(3);
    }

    @Test
    void eachConversationCountsItsOwnSeqs() {
        ChatAddress team = m.group(m.alice, m.bob);
        m.say(m.alice, chat, "one");
        m.say(m.alice, chat, "two");
        assertThat(m.say(m.alice, team, "first in the group").seq()).isEqualTo(1);
    }

    @Test
    void sentMessageCarriesAuthorTextAndClientIdAndIsAnnouncedAfterCommit() {
        SentMessage sent = m.send.send(new SendMessageCommand(m.alice, chat, "  hello  ", "c-1"));

        MessageView view = sent.message();
        assertThat(sent.replayed()).isFalse();
        assertThat(view.chatId()).isEqualTo(chat.id().value());
        assertThat(view.chatKind()).isEqualTo(ChatKind.PRIVATE);
        assertThat(view.authorId()).isEqualTo(m.alice.value());
        assertThat(view.authorName()).isEqualTo("Alice");
        assertThat(view.text()).isEqualTo("hello");
        assertThat(view.clientId()).isEqualTo("c-1");
        assertThat(view.sentAt()).isEqualTo(m.fakes.clock.now());
        assertThat(view.editedAt()).isNull();
        assertThat(view.read()).isFalse();
        assertThat(m.fakes.events.eventsOf(MessageSent.class)).singleElement().satisfies(event -> {
            assertThat(event.message()).isEqualTo(view);
            assertThat(event.audience()).containsExactlyInAnyOrder(m.alice, m.bob);
        });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void sendingMovesTheSendersReadPointerToTheirOwnMessage() {
        MessageView fromBob = m.say(m.bob, chat, "are you there?");
        m.fakes.events.clear();

        MessageView reply = m.say(m.alice, chat, "yes");

        assertThat(m.fakes.store.readPointer(chat.id(), m.alice)).isEqualTo(reply.seq());
        assertThat(m.latest(m.bob, chat).messages())
                .filteredOn(v -> v.id() == fromBob.id())
                .singleElement()
                .satisfies(v -> assertThat(v.read()).isTrue());
        assertThat(m.fakes.events.eventsOf(ReadPointerMoved.class))
                .singleElement()
                .satisfies(event -> {
                    assertThat(event.reader()).isEqualTo(m.alice);
                    assertThat(event.seq()).isEqualTo(reply.seq());
                });
        assertThat(m.fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void retryWithSameClientIdReturnsOriginal() {
        SentMessage original = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));
        m.fakes.clock.advance(Duration.ofSeconds(5));

        SentMessage retry = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.message().id()).isEqualTo(original.message().id());
        assertThat(retry.message().seq()).isEqualTo(original.message().seq());
        assertThat(retry.message().sentAt()).isEqualTo(original.message().sentAt());
        assertThat(m.fakes.store.lastSeq(chat.id())).isEqualTo(1);
        assertThat(m.fakes.store.storedMessageCount()).isEqualTo(1);
        // the original's event again, with its cursor: sockets that had it drop the repeat, others get it now
        assertThat(m.fakes.events.eventsOf(MessageSent.class)).hasSize(2).allSatisfy(sent -> {
            assertThat(sent.message().id()).isEqualTo(original.message().id());
            assertThat(sent.cursor()).isEqualTo(1);
        });
    }

    @Test
    void retryOfAMessageChangedSincePublishesNothing() {
        SentMessage original = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));
        m.edit.edit(new EditMessageCommand(
                m.alice, chat, MessageId.of(original.message().id()), "hello!"));
        m.fakes.events.clear();

        SentMessage retry = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.message().text()).isEqualTo("hello!");
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void sameClientIdFromAnotherSenderIsAnotherMessage() {
        SentMessage fromAlice = m.send.send(new SendMessageCommand(m.alice, chat, "hi", "c-1"));
        SentMessage fromBob = m.send.send(new SendMessageCommand(m.bob, chat, "hi", "c-1"));

        assertThat(fromBob.replayed()).isFalse();
        assertThat(fromBob.message().id()).isNotEqualTo(fromAlice.message().id());
    }

    @Test
    void sameClientIdInAnotherChatIsAConflict() {
        ChatAddress other = m.privateChat(m.alice, m.carol);
        m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));

        assertThatThrownBy(() -> m.send.send(new SendMessageCommand(m.alice, other, "hello", "c-1")))
                .isInstanceOfSatisfying(ClientIdReusedException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("message.client_id_reused");
                });
        assertThat(m.fakes.store.lastSeq(other.id())).isZero();
        assertThat(m.fakes.events.eventsOf(MessageSent.class)).hasSize(1);
    }

    @Test
    void retryThatRacedTheOriginalReturnsTheOriginal() {
        SentMessage original = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));
        m.fakes.events.clear();
        SendMessageUseCase racing = new SendMessageService(
                m.fakes.store,
                missingClientIdOnce(m.fakes.store),
                m.fakes.users,
                m.fakes.transactions,
                m.fakes.events,
                m.fakes.presence,
                m.fakes.clock);

        SentMessage retry = racing.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));

        assertThat(retry.replayed()).isTrue();
        assertThat(retry.message().id()).isEqualTo(original.message().id());
        assertThat(m.fakes.transactions.rolledBack()).isEqualTo(1);
        assertThat(m.fakes.store.lastSeq(chat.id())).isEqualTo(1);
        assertThat(m.fakes.events.events())
                .singleElement()
                .isInstanceOfSatisfying(
                        MessageSent.class, sent -> assertThat(sent.cursor()).isEqualTo(1));
    }

    @Test
    void retryAfterTheOriginalWasDeletedCreatesNothing() {
        SentMessage original = m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1"));
        m.delete.delete(new DeleteMessageCommand(
                m.alice, chat, MessageId.of(original.message().id())));
        m.fakes.events.clear();

        assertThatThrownBy(() -> m.send.send(new SendMessageCommand(m.alice, chat, "hello", "c-1")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.CONFLICT);
                    assertThat(e.code()).isEqualTo("message.original_deleted");
                });
        assertThat(m.fakes.store.lastSeq(chat.id())).isEqualTo(1);
        assertThat(m.latest(m.alice, chat).messages()).isEmpty();
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void outsiderCannotSendAndIsToldTheChatDoesNotExist() {
        assertThatThrownBy(() -> m.say(m.carol, chat, "let me in"))
                .isInstanceOfSatisfying(ChatNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("chat.not_found");
                });
        assertThat(m.fakes.store.lastSeq(chat.id())).isZero();
        assertThat(m.fakes.events.events()).isEmpty();
    }

    @Test
    void aGroupIsNotReachableThroughThePrivateChatAddress() {
        ChatAddress team = m.group(m.alice, m.bob);
        ChatAddress wrongKind = ChatAddress.privateChat(team.id().value());

        assertThatThrownBy(() -> m.say(m.alice, wrongKind, "hi"))
                .isInstanceOfSatisfying(
                        ChatNotFoundException.class, e -> assertThat(e.code()).isEqualTo("chat.not_found"));
        assertThat(m.fakes.store.lastSeq(team.id())).isZero();
    }

    @Test
    void invalidTextIsRefusedBeforeAnyWrite() {
        assertThatThrownBy(() -> m.say(m.alice, chat, "   "))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("message.empty_text"));
        assertThatThrownBy(() -> m.say(m.alice, chat, "x".repeat(4097)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("message.text_too_long"));
        assertThat(m.fakes.transactions.started()).isZero();
    }

    /** The store, except that the first look-up by client id misses, as a read before a racing send committed. */
    private static MessageRepository missingClientIdOnce(MessageRepository store) {
        AtomicBoolean missed = new AtomicBoolean();
        return (MessageRepository) Proxy.newProxyInstance(
                MessageRepository.class.getClassLoader(),
                new Class<?>[] {MessageRepository.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("findByClientId") && missed.compareAndSet(false, true)) {
                        return Optional.empty();
                    }
                    try {
                        return method.invoke(store, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
