package io.parley.adapter.websocket;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A JDK WebSocket client of the adapter's server that keeps every frame it receives, as JSON maps. */
final class SocketClient implements WebSocket.Listener, AutoCloseable {
    private static final long WAIT_MILLIS = 10_000;
    private final JsonMapper json;
    private final List<Map<String, Object>> frames = new ArrayList<>();
    private final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;

    private SocketClient(JsonMapper json) {
        this.json = json;
    }

    /** Opens {@code path} with {@code token} as bearer; fails with the handshake's status if the upgrade is refused. */
    static SocketClient open(EmbeddedServer server, String path, String token) {
        SocketClient client = new SocketClient(server.getApplicationContext().getBean(JsonMapper.class));
        WebSocket.Builder builder =
                HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        URI uri = URI.create("ws://" + server.getHost() + ":" + server.getPort() + path);
        client.socket = builder.buildAsync(uri, client).join();
        return client;
    }

    /** The HTTP status an upgrade of {@code path} is refused with. */
    static int refusal(EmbeddedServer server, String path, String token) {
        SocketClient opened;
        try {
            opened = open(server, path, token);
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        opened.close();
        throw new AssertionError("the upgrade of " + path + " was accepted");
    }

    void send(String text) {
        socket.sendText(text, true).join();
    }

    /** The first frame received so far or within 10 s that matches {@code wanted}. */
    synchronized Map<String, Object> next(Predicate<Map<String, Object>> wanted) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (true) {
            for (Map<String, Object> frame : frames) {
                if (wanted.test(frame)) {
                    frames.remove(frame);
                    return frame;
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                throw new AssertionError("no such frame within 10 s; received " + frames);
            }
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** The next frame whose envelope is {@code type}. */
    Map<String, Object> next(String type) {
        return next(frame -> type.equals(frame.get("type")));
    }

    /** The code the server closed the socket with, waiting up to 10 s. */
    int closeCode() {
        try {
            return closeCode.get(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new AssertionError("the server did not close the socket", e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> payload(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("payload");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> list(Map<String, Object> json, String field) {
        return (List<Map<String, Object>>) json.get(field);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            try {
                Map<String, Object> frame = json.readValue(text, Argument.mapOf(String.class, Object.class));
                synchronized (this) {
                    frames.add(frame);
                    notifyAll();
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the server sent a frame that is not JSON: " + text, e);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeCode.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closeCode.completeExceptionally(error);
    }

    @Override
    public void close() {
        // a socket the server closed has nothing left to close
        if (!closeCode.isDone() && !socket.isOutputClosed()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
        }
    }
}
