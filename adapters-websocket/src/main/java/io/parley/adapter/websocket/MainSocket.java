package io.parley.adapter.websocket;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;

/** {@code /api/v1/main}: one socket per client for all the user's chats (seed 000, with seed 003's unread on connect). */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/main")
public final class MainSocket {
    private final SocketLifecycle sockets;

    MainSocket(SocketLifecycle sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    public void open(WebSocketSession socket) {
        sockets.openMain(socket);
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
