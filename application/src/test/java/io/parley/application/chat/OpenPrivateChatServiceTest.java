package io.parley.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.ChatCreated;
import io.parley.application.fake.ConversationFakes;
import io.parley.application.model.ParticipantView;
import io.parley.application.port.ChatRepository;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatWithSelfException;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpenPrivateChatServiceTest {
    private final ConversationFakes fakes = new ConversationFakes();
    private final OpenPrivateChatUseCase open = openWith(fakes.store);
    private final UserId alice = fakes.user("alice");
    private final UserId bob = fakes.user("bob");

    private OpenPrivateChatUseCase openWith(ChatRepository chats) {
        return new OpenPrivateChatService(chats, fakes.users, fakes.transactions, fakes.events, fakes.clock);
    }

    @Test
    void openingTwiceReturnsTheSameChatAndAnnouncesItOnce() {
        PrivateChatView first = open.open(new OpenPrivateChatCommand(alice, bob));
        PrivateChatView again = open.open(new OpenPrivateChatCommand(alice, bob));
        PrivateChatView fromTheOtherSide = open.open(new OpenPrivateChatCommand(bob, alice));

        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(fromTheOtherSide.created()).isFalse();
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(fromTheOtherSide.id()).isEqualTo(first.id());
        assertThat(fakes.store.chatCount()).isEqualTo(1);
        assertThat(fakes.events.eventsOf(ChatCreated.class)).singleElement().satisfies(event -> {
            assertThat(event.chat().value()).isEqualTo(first.id());
            assertThat(event.kind()).isEqualTo(ChatKind.PRIVATE);
            assertThat(event.audience()).containsExactlyInAnyOrder(alice, bob);
        });
        assertThat(fakes.events.anyPublishedInTransaction()).isFalse();
    }

    @Test
    void eachMemberSeesTheChatNamedAfterTheOther() {
        PrivateChatView forAlice = open.open(new OpenPrivateChatCommand(alice, bob));
        PrivateChatView forBob = open.open(new OpenPrivateChatCommand(bob, alice));

        assertThat(forAlice.name()).isEqualTo("Bob");
        assertThat(forBob.name()).isEqualTo("Alice");
        assertThat(forAlice.members()).extracting(ParticipantView::id).containsExactly(alice.value(), bob.value());
        assertThat(forAlice.createdAt()).isEqualTo(fakes.clock.now());
    }

    @Test
    void chatWithOneselfIsInvalidAndTouchesNothing() {
        assertThatThrownBy(() -> open.open(new OpenPrivateChatCommand(alice, alice)))
                .isInstanceOfSatisfying(ChatWithSelfException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("chat.with_self");
                });
        assertThat(fakes.transactions.started()).isZero();
        assertThat(fakes.store.chatCount()).isZero();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void unknownUserIsNotFoundAndNothingIsStored() {
        assertThatThrownBy(() -> open.open(new OpenPrivateChatCommand(alice, UserId.of(999))))
                .isInstanceOfSatisfying(UserNotFoundException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.NOT_FOUND);
                    assertThat(e.code()).isEqualTo("user.not_found");
                });
        assertThat(fakes.store.chatCount()).isZero();
        assertThat(fakes.events.events()).isEmpty();
    }

    @Test
    void losingTheRaceToOpenReturnsTheWinnersChatWithoutAnnouncingIt() {
        // bob's request stored the chat after alice's request had looked for it
        PrivateChat winners = PrivateChat.start(fakes.store.nextChatId(), bob, alice, fakes.clock.now());
        fakes.store.addPrivate(winners);
        OpenPrivateChatUseCase racing = openWith(missingPairOnce(fakes.store));

        PrivateChatView view = racing.open(new OpenPrivateChatCommand(alice, bob));

        assertThat(view.id()).isEqualTo(winners.id().value());
        assertThat(view.created()).isFalse();
        assertThat(fakes.store.chatCount()).isEqualTo(1);
        assertThat(fakes.transactions.rolledBack()).isEqualTo(1);
        assertThat(fakes.events.events()).isEmpty();
    }

    /** The store, except that the first look-up of a pair's chat misses it, as a read before a concurrent commit. */
    private static ChatRepository missingPairOnce(ChatRepository store) {
        AtomicBoolean missed = new AtomicBoolean();
        return (ChatRepository) Proxy.newProxyInstance(
                ChatRepository.class.getClassLoader(), new Class<?>[] {ChatRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("findPrivateBetween") && missed.compareAndSet(false, true)) {
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
