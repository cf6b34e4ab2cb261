package io.parley.adapter.websocket.call;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.parley.adapter.websocket.socket.SocketEndpoint;
import io.parley.domain.chat.ChatAddress;

/** {@code /api/v1/chat/{id}/call}: WebRTC signalling for the chat's call (seed 000); members only. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/chat/{id}/call")
public final class ChatCallSocket extends SocketEndpoint<CallLifecycle> {

    ChatCallSocket(CallLifecycle calls) {
        super(calls);
    }

    @OnOpen
    public void open(long id, WebSocketSession socket) {
        handler().open(socket, ChatAddress.privateChat(id));
    }
}
