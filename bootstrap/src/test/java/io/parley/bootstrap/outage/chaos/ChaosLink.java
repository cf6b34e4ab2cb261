package io.parley.bootstrap.outage.chaos;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.WebSocket;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One main socket of a {@link ChaosClient} to one node: assembles text frames, hands each parsed frame to its client,
 * and keeps what is per connection: the chats whose {@code resume} is not acknowledged yet and, per chat, the cursor
 * of the last live change (for the order check).
 */
final class ChaosLink implements WebSocket.Listener {
    final int node;
    final Set<Long> resuming;
    final Map<Long, Long> lastLive = new HashMap<>();
    private final ChaosClient client;
    private final JsonMapper json;
    private final StringBuilder partial = new StringBuilder();
    private volatile WebSocket socket;
    private volatile boolean ready;

    ChaosLink(ChaosClient client, JsonMapper json, int node, Set<Long> resuming) {
        this.client = client;
        this.json = json;
        this.node = node;
        this.resuming = resuming;
    }

    void opened(WebSocket socket) {
        this.socket = socket;
    }

    void markReady() {
        ready = true;
    }

    boolean isReady() {
        return ready;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            client.onFrame(this, parse(text));
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        client.linkClosed(this);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        client.linkClosed(this);
    }

    /** Sends one frame, waiting until it is written (at most 5 s). */
    synchronized void send(Object frame) throws IOException {
        try {
            socket.sendText(json.writeValueAsString(frame), true).get(5, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new IOException("could not send on the socket to node " + node, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Drops the connection from the client's side (as a client moving to another node or losing its network). */
    void abort() {
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("not a JSON frame: " + text, e);
        }
    }
}
