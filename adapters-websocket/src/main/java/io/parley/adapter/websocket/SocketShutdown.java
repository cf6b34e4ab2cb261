package io.parley.adapter.websocket;

import io.micronaut.core.order.Ordered;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.parley.adapter.websocket.call.CallLifecycle;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.Draining;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
    private final Duration closeTimeout;

    SocketShutdown(
            ConnectionRegistry registry,
            Terminator terminator,
            CallLifecycle calls,
            Draining draining,
            WebSocketSettings settings) {
        this.closeTimeout = settings.closeTimeout();
        this.registry = registry;
        this.terminator = terminator;
        this.calls = calls;
        this.draining = draining;
    }

    /**
     * Returns once every close frame has been handed to Netty (or after {@code close-timeout}): Micronaut calls the
     * next bean's shutdown, the HTTP server's, right after this one returns, and a connection the server closes before
     * its close frame was written ends with 1006.
     */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        draining.begin();
        List<CompletableFuture<Void>> closes = new ArrayList<>();
        for (Connection connection : registry.all()) {
            closes.add(terminator.close(connection, CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON));
        }
        closes.add(calls.endAll(CloseCodes.SHUTTING_DOWN, CloseCodes.SHUTTING_DOWN_REASON));
        LOG.info("shutting down: every socket is closed with 1001 \"{}\"", CloseCodes.SHUTTING_DOWN_REASON);
        CompletableFuture<Void> all = CompletableFuture.allOf(closes.toArray(CompletableFuture[]::new));
        try {
            all.get(closeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn(
                    "{} socket(s) had no close frame written within {}; the server drops them",
                    pending(closes),
                    closeTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("closing a socket failed", e.getCause());
        }
        return all;
    }

    private static long pending(List<CompletableFuture<Void>> closes) {
        return closes.stream().filter(close -> !close.isDone()).count();
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
