package io.parley.adapter.websocket;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.parley.adapter.websocket.socket.SocketEndpoint;
import io.parley.domain.chat.ChatAddress;

/**
 * {@code /api/v1/chat/{id}}: history on connect (or the changes after {@code ?since=}), then the live frames of one
 * chat. Outsiders never get here: {@link UpgradeGuard} answers their upgrade with 404.
 */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/chat/{id}")
public final class ChatSocket extends SocketEndpoint<SocketLifecycle> {

    ChatSocket(SocketLifecycle sockets) {
        super(sockets);
    }

    @OnOpen
    public void open(long id, WebSocketSession socket) {
        handler().openChat(socket, ChatAddress.privateChat(id));
    }
}
