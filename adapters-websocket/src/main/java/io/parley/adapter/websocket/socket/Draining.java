package io.parley.adapter.websocket.socket;

import jakarta.inject.Singleton;

/** Whether this node is shutting down: once it is, a socket that still opens is closed at once with 1001. */
@Singleton
public final class Draining {
    private volatile boolean on;

    /** The shutdown has begun; from now on no socket stays open. */
    public void begin() {
        on = true;
    }

    public boolean isOn() {
        return on;
    }
}
