package io.parley.adapter.websocket.call;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.call.KeepCallsAliveUseCase;
import jakarta.inject.Singleton;

/** Tells the roster, every 15 s by default, which call sessions this node still holds sockets for. */
@Singleton
final class CallKeepAlive {
    private final CallSessions sessions;
    private final KeepCallsAliveUseCase keepAlive;

    CallKeepAlive(CallSessions sessions, KeepCallsAliveUseCase keepAlive) {
        this.sessions = sessions;
        this.keepAlive = keepAlive;
    }

    @Scheduled(fixedDelay = "${parley.presence.heartbeat:15s}", initialDelay = "${parley.presence.heartbeat:15s}")
    void run() {
        keepAlive.keepAlive(sessions.joinedByRoom());
    }
}
