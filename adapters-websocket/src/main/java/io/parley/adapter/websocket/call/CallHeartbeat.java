package io.parley.adapter.websocket.call;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.adapter.websocket.socket.WebSocketSettings;
import jakarta.inject.Singleton;

/**
 * Pings every call socket each ping interval and closes (1001) those silent for the idle timeout, as the other
 * sockets are; a closed socket leaves its call, so a vanished browser does not stay in it.
 */
@Singleton
final class CallHeartbeat {
    private final CallSessions sessions;
    private final WebSocketSettings settings;

    CallHeartbeat(CallSessions sessions, WebSocketSettings settings) {
        this.sessions = sessions;
        this.settings = settings;
    }

    @Scheduled(
            fixedDelay = "${parley.websocket.ping-interval:30s}",
            initialDelay = "${parley.websocket.ping-interval:30s}")
    void beat() {
        long idle = settings.idleTimeout().toNanos();
        for (CallConnection call : sessions.all()) {
            if (call.silentNanos() > idle) {
                call.close(CloseCodes.IDLE, "no frame or pong for too long");
            } else {
                call.ping();
            }
        }
    }
}
