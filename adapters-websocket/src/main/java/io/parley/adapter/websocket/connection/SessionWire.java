package io.parley.adapter.websocket.connection;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import java.util.concurrent.CompletableFuture;

/** The {@link Wire} of a Micronaut WebSocket session. */
public final class SessionWire implements Wire {
    private static final byte[] PING = {'p'};
    private final WebSocketSession socket;

    public SessionWire(WebSocketSession socket) {
        this.socket = socket;
    }

    @Override
    public CompletableFuture<?> send(String text) {
        return socket.sendAsync(text);
    }

    @Override
    public void ping() {
        socket.sendPingAsync(PING);
    }

    @Override
    public void close(int code, String reason) {
        socket.close(new CloseReason(code, reason));
    }
}
