package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import io.parley.application.chat.IndicateTypingCommand;
import io.parley.application.chat.IndicateTypingUseCase;
import io.parley.domain.chat.ChatAddress;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Typing indicators of a socket's user: {@code typing} is told to the other members and expires (as
 * {@code stop_typing}) when not renewed within the expiry; {@code stop_typing} and sending a message end it at once.
 */
@Singleton
final class TypingIndicators {
    private final IndicateTypingUseCase typing;
    private final ScheduledExecutorService timers;
    private final WebSocketSettings settings;

    TypingIndicators(
            IndicateTypingUseCase typing,
            @Named(SocketTimers.NAME) ScheduledExecutorService timers,
            WebSocketSettings settings) {
        this.typing = typing;
        this.timers = timers;
        this.settings = settings;
    }

    /** The user types: tell the others and (re)start the expiry. */
    void started(Connection connection, ChatAddress chat) {
        typing.indicate(new IndicateTypingCommand(connection.user(), chat, true));
        AtomicReference<ScheduledFuture<?>> self = new AtomicReference<>();
        ScheduledFuture<?> timer = timers.schedule(
                () -> connection.enqueue(() -> expired(connection, chat, self.get())),
                settings.typingExpiry().toMillis(),
                TimeUnit.MILLISECONDS);
        self.set(timer);
        ScheduledFuture<?> previous = connection.typingTimers().put(chat, timer);
        if (previous != null) {
            previous.cancel(false);
        }
    }

    /** The user stopped typing (said so, or sent their message); tells the others only if they were told it began. */
    void stopped(Connection connection, ChatAddress chat, boolean evenIfNotTyping) {
        ScheduledFuture<?> timer = connection.typingTimers().remove(chat);
        if (timer != null) {
            timer.cancel(false);
        }
        if (timer != null || evenIfNotTyping) {
            typing.indicate(new IndicateTypingCommand(connection.user(), chat, false));
        }
    }

    private void expired(Connection connection, ChatAddress chat, ScheduledFuture<?> timer) {
        if (timer != null && connection.typingTimers().remove(chat, timer) && !connection.isTerminated()) {
            typing.indicate(new IndicateTypingCommand(connection.user(), chat, false));
        }
    }
}
