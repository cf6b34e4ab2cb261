package io.parley.adapter.websocket;

import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.parley.adapter.websocket.call.CallLifecycle;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.Draining;
import jakarta.inject.Singleton;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's graceful shutdown for sockets: every socket of this node gets what was queued for it and then a close
 * frame 1001 "server shutting down", so clients reconnect (elsewhere) and resume. It runs before the HTTP server's own
 * graceful shutdown, so each close frame is written before the server closes that connection; the closing handshake
 * then waits for the client's close as usual ({@code parley.websocket.close-timeout}).
 */
@Singleton
final class SocketShutdown implements GracefulShutdownCapable, Ordered {
    private static final Logger LOG = LoggerFactory.getLogger(SocketShutdown.class);
    private final ConnectionRegistry registry;
    private final Terminator terminator;
    private final CallLifecycle calls;
    private final Draining draining;

    SocketShutdown(ConnectionRegistry registry, Terminator terminator, CallLifecycle calls, Draining draining) {
        this.registry = registry;
        this.terminator = terminator;
        this.calls = calls;
        this.draining = draining;
    }

    @Override
    public CompletionStage<?> shutdownGracefully() {
        draining.begin();
        for (Connection connection : registry.all()) {
            terminator.close(connection, CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON);
        }
        calls.endAll(CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON);
        LOG.info("shutting down: every socket is closed with 1001 \"{}\"", CloseCodes.SHUTTING_DOWN_REASON);
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public OptionalLong reportActiveTasks() {
        return OptionalLong.of(registry.all().size());
    }

    /** Before the HTTP server's graceful shutdown, which closes each connection it finds idle. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
