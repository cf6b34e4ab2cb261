package io.parley.adapter.websocket;

import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.connection.SerialExecutor;
import io.parley.adapter.websocket.connection.SessionWire;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.Draining;
import io.parley.adapter.websocket.socket.SocketHandler;
import io.parley.adapter.websocket.socket.SocketUser;
import io.parley.adapter.websocket.socket.SocketWriters;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatNotFoundException;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens, feeds and ends the sockets of all three endpoints. A socket joins the registry before its snapshot is read
 * (so no event falls in between); its frames are handled one at a time, off the network threads.
 */
@Singleton
final class SocketLifecycle implements SocketHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SocketLifecycle.class);
    private static final String CONNECTION = "parley.connection";

    private final ConnectionRegistry registry;
    private final Openings openings;
    private final ActionDispatcher dispatcher;
    private final Terminator terminator;
    private final WebSocketSettings settings;
    private final Draining draining;
    private final ExecutorService blocking;
    private final SocketWriters writers;

    SocketLifecycle(
            ConnectionRegistry registry,
            Openings openings,
            ActionDispatcher dispatcher,
            Terminator terminator,
            WebSocketSettings settings,
            Draining draining,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking,
            SocketWriters writers) {
        this.draining = draining;
        this.registry = registry;
        this.openings = openings;
        this.dispatcher = dispatcher;
        this.terminator = terminator;
        this.settings = settings;
        this.blocking = blocking;
        this.writers = writers;
    }

    void openMain(WebSocketSession socket) {
        Connection connection = connect(socket, null);
        start(connection, () -> openings.openMain(connection));
    }

    void openChat(WebSocketSession socket, ChatAddress chat) {
        Connection connection = connect(socket, chat);
        ChatSocketRequest request;
        try {
            request = ChatSocketRequest.of(socket.getRequestParameters());
        } catch (DomainException refused) {
            // the upgrade filter refuses these with 400 before the socket opens; kept for direct callers
            terminator.close(connection, CloseCodes.POLICY, refused.code());
            return;
        }
        start(connection, () -> openings.openChat(connection, request));
    }

    @Override
    public void received(WebSocketSession socket, String text) {
        Connection connection = socket.get(CONNECTION, Connection.class).orElse(null);
        if (connection == null || connection.isTerminated()) {
            return;
        }
        connection.heard();
        if (WebSocketSettings.tooBig(text)) {
            terminator.close(connection, CloseCodes.TOO_BIG, "frames are limited to 64 KiB");
        } else if (!connection.enqueue(() -> dispatcher.handle(connection, text))) {
            terminator.close(connection, CloseCodes.POLICY, "too many frames waiting; slow down");
        }
    }

    @Override
    public void pong(WebSocketSession socket) {
        socket.get(CONNECTION, Connection.class).ifPresent(Connection::heard);
    }

    /** The client (or the network) ended the socket; a client's close frame is answered with the same code. */
    @Override
    public void closed(WebSocketSession socket, CloseReason reason) {
        socket.get(CONNECTION, Connection.class).ifPresent(terminator::closed);
        if (socket.isOpen() && CloseCodes.sendable(reason.getCode())) {
            socket.close(reason);
        }
    }

    private Connection connect(WebSocketSession socket, ChatAddress scope) {
        SocketUser user = SocketUser.of(socket);
        Connection connection = new Connection(
                user.user(),
                user.session(),
                scope,
                new SessionWire(socket),
                settings.outboundLimit(),
                stalled -> terminator.close(stalled, CloseCodes.SLOW_CONSUMER, "the client stopped reading"),
                new SerialExecutor(blocking, settings.inboundQueue()),
                writers);
        socket.put(CONNECTION, connection);
        registry.add(connection);
        return connection;
    }

    private void start(Connection connection, Runnable opening) {
        if (draining.isOn()) {
            // opened just as the shutdown began, after the others were closed: it goes the same way
            terminator.close(connection, CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON);
            return;
        }
        connection.enqueue(() -> {
            try {
                opening.run();
            } catch (ChatNotFoundException gone) {
                terminator.close(connection, CloseCodes.CHAT_GONE, gone.code());
            } catch (RuntimeException e) {
                LOG.error("could not open a socket of user {}", connection.user(), e);
                terminator.close(connection, CloseReason.INTERNAL_ERROR.getCode(), "could not open; reconnect");
            }
        });
    }
}
