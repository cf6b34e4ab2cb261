package io.parley.adapter.websocket;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.parley.adapter.websocket.socket.SocketEndpoint;

/** {@code /api/v1/main}: one socket per client for all the user's chats (seed 000, with seed 003's unread on connect). */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/main")
public final class MainSocket extends SocketEndpoint<SocketLifecycle> {

    MainSocket(SocketLifecycle sockets) {
        super(sockets);
    }

    @OnOpen
    public void open(WebSocketSession socket) {
        handler().openMain(socket);
    }
}
