package io.parley.adapter.websocket.socket;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;

/** What happens to an open socket: a client frame, a pong, the end of the socket. */
public interface SocketHandler {
    void received(WebSocketSession socket, String text);

    void pong(WebSocketSession socket);

    void closed(WebSocketSession socket, CloseReason reason);
}
