package io.parley.adapter.websocket;

import io.micronaut.scheduling.TaskExecutors;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.application.chat.IndicateTypingCommand;
import io.parley.application.chat.IndicateTypingUseCase;
import io.parley.application.presence.GoOfflineCommand;
import io.parley.application.presence.GoOfflineUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends sockets exactly once, whoever ends them first (the client, the server, the network): out of the registry at
 * once so nothing more is delivered, typing indicators stopped, and the socket counted as closed for presence.
 */
@Singleton
final class Terminator {
    private static final Logger LOG = LoggerFactory.getLogger(Terminator.class);
    private final ConnectionRegistry registry;
    private final GoOfflineUseCase offline;
    private final IndicateTypingUseCase typing;
    private final ExecutorService blocking;

    Terminator(
            ConnectionRegistry registry,
            GoOfflineUseCase offline,
            IndicateTypingUseCase typing,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.registry = registry;
        this.offline = offline;
        this.typing = typing;
        this.blocking = blocking;
    }

    /**
     * The server ends the socket with {@code code}; the future completes once the close frame has been handed to the
     * transport (at once if the socket was ending already).
     */
    CompletableFuture<Void> close(Connection connection, int code, String reason) {
        if (!end(connection)) {
            return CompletableFuture.completedFuture(null);
        }
        LOG.debug("closing socket {} of user {}: {} {}", connection.id(), connection.user(), code, reason);
        return connection.closeSocket(code, reason);
    }

    /** The socket has closed (the client or the network ended it). */
    void closed(Connection connection) {
        end(connection);
    }

    private boolean end(Connection connection) {
        if (!connection.terminate()) {
            return false;
        }
        registry.remove(connection);
        var timers = connection.typingTimers();
        for (ChatAddress chat : timers.keySet()) {
            ScheduledFuture<?> timer = timers.remove(chat);
            if (timer != null && timer.cancel(false)) {
                blocking.execute(() -> stopTyping(connection, chat));
            }
        }
        blocking.execute(() -> offline.goOffline(new GoOfflineCommand(connection.user())));
        return true;
    }

    private void stopTyping(Connection connection, ChatAddress chat) {
        try {
            typing.indicate(new IndicateTypingCommand(connection.user(), chat, false));
        } catch (DomainException e) {
            // the user left the chat meanwhile: nobody there to tell
            LOG.debug("no stop_typing for chat {} of a closed socket: {}", chat.id(), e.code());
        }
    }
}
