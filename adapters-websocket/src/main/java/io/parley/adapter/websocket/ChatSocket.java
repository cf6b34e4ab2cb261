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
import io.parley.domain.chat.ChatAddress;

/**
 * {@code /api/v1/chat/{id}}: history on connect (or the changes after {@code ?since=}), then the live frames of one
 * chat. Outsiders never get here: {@link UpgradeGuard} answers their upgrade with 404.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/chat/{id}")
public final class ChatSocket {
    private final SocketLifecycle sockets;

    ChatSocket(SocketLifecycle sockets) {
        this.sockets = sockets;
    }

    @OnOpen
    public void open(long id, WebSocketSession socket) {
        sockets.openChat(socket, ChatAddress.privateChat(id));
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
