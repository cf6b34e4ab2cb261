package io.parley.adapter.websocket;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;

/**
 * What the three socket endpoints share once a socket is open: client frames (at most 64 KiB), pongs, and the end of
 * the socket. Each endpoint adds its own {@code @OnOpen}.
 */
public abstract class SocketEndpoint {
    private final SocketLifecycle sockets;

    SocketEndpoint(SocketLifecycle sockets) {
        this.sockets = sockets;
    }

    /** The lifecycle the endpoint opens its sockets with. */
    SocketLifecycle sockets() {
        return sockets;
    }

    @OnMessage(maxPayloadLength = WebSocketSettings.MAX_FRAME_BYTES)
    public void message(String text, WebSocketSession socket) {
        sockets.received(socket, text);
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession socket) {
        sockets.pong(socket);
    }

    @OnClose
    public void close(WebSocketSession socket, CloseReason reason) {
        sockets.closed(socket, reason);
    }
}
