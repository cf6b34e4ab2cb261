package io.parley.adapter.websocket.call;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.parley.adapter.websocket.WebSocketSettings;

/**
 * What the two call socket endpoints share once a socket is open: client frames (at most 64 KiB), pongs, and the end
 * of the socket. Each endpoint adds its own {@code @OnOpen}.
 */
public abstract class CallEndpoint {
    private final CallLifecycle calls;

    CallEndpoint(CallLifecycle calls) {
        this.calls = calls;
    }

    /** The lifecycle the endpoint opens its sockets with. */
    CallLifecycle calls() {
        return calls;
    }

    @OnMessage(maxPayloadLength = WebSocketSettings.MAX_FRAME_BYTES)
    public void message(String text, WebSocketSession socket) {
        calls.received(socket, text);
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession socket) {
        calls.pong(socket);
    }

    @OnClose
    public void close(WebSocketSession socket, CloseReason reason) {
        calls.closed(socket, reason);
    }
}
