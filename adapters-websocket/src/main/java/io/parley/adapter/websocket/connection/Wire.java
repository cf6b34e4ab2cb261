package io.parley.adapter.websocket.connection;

import java.util.concurrent.CompletableFuture;

/** The network side of one socket. */
public interface Wire {
    /** Sends a text frame; the future completes when the socket took it, exceptionally if it is gone. */
    CompletableFuture<?> send(String text);

    /** Sends a ping; the client's pong counts as hearing from it. */
    void ping();

    /** Sends a close frame with {@code code} and ends the socket. */
    void close(int code, String reason);
}
