package io.parley.adapter.websocket.call;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import io.parley.adapter.websocket.WebSocketSettings;
import io.parley.domain.chat.ChatAddress;

/** {@code /api/v1/group/{id}/call}: WebRTC signalling for the group's call (seed 000); members only. */
@Secured(SecurityRule.IS_AUTHENTICATED)
@ServerWebSocket("/api/v1/group/{id}/call")
public final class GroupCallSocket {
    private final CallLifecycle calls;

    GroupCallSocket(CallLifecycle calls) {
        this.calls = calls;
    }

    @OnOpen
    public void open(long id, WebSocketSession socket) {
        calls.open(socket, ChatAddress.group(id));
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
