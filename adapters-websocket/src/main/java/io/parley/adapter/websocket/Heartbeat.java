package io.parley.adapter.websocket;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import jakarta.inject.Singleton;

/** Pings every socket each ping interval and closes (1001) those the client has been silent on for the idle timeout. */
@Singleton
final class Heartbeat {
    private final ConnectionRegistry registry;
    private final Terminator terminator;
    private final WebSocketSettings settings;

    Heartbeat(ConnectionRegistry registry, Terminator terminator, WebSocketSettings settings) {
        this.registry = registry;
        this.terminator = terminator;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelay = "${parley.websocket.ping-interval:30s}",
            initialDelay = "${parley.websocket.ping-interval:30s}")
    void beat() {
        long idle = settings.idleTimeout().toNanos();
        for (Connection connection : registry.all()) {
            if (connection.silentNanos() > idle) {
                terminator.close(connection, CloseCodes.IDLE, "no frame or pong for too long");
            } else {
                connection.ping();
            }
        }
    }
}
