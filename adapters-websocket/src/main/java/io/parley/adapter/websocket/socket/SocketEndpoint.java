package io.parley.adapter.websocket.socket;

import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketPongMessage;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;

/**
 * What every socket endpoint (main, chat, group, and the call sockets) shares once a socket is open: client frames
 * (at most 64 KiB), pongs, and the end of the socket, handed to its handler. Each endpoint adds its own
 * {@code @OnOpen}.
 *
 * @param <H> the handler the endpoint opens its sockets with
 */
public abstract class SocketEndpoint<H extends SocketHandler> {
    private final H handler;

    protected SocketEndpoint(H handler) {
        this.handler = handler;
    }

    /** The handler the endpoint opens its sockets with. */
    protected H handler() {
        return handler;
    }

    @OnMessage(maxPayloadLength = WebSocketSettings.MAX_FRAME_BYTES)
    public void message(String text, WebSocketSession socket) {
        handler.received(socket, text);
    }

    @OnMessage
    public void pong(WebSocketPongMessage pong, WebSocketSession socket) {
        handler.pong(socket);
    }

    @OnClose
    public void close(WebSocketSession socket, CloseReason reason) {
        handler.closed(socket, reason);
    }
}
