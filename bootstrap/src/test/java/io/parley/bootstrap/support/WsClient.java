package io.parley.bootstrap.support;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.Parley;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real WebSocket client (the JDK's) for tests: keeps every text frame it receives, parsed, in order; remembers the
 * close code; can stop reading (to play a stalled client) and start again.
 */
public final class WsClient implements WebSocket.Listener, AutoCloseable {
    public static final Duration WAIT = Duration.ofSeconds(15);
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final JsonMapper json;
    private final List<Map<String, Object>> frames = new ArrayList<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket socket;
    private boolean paused;
    private int owed;
    private int consumed;
    private volatile Throwable error;
    private volatile String closeReason;
    private final java.util.concurrent.atomic.AtomicInteger pings = new java.util.concurrent.atomic.AtomicInteger();

    private WsClient(JsonMapper json) {
        this.json = json;
    }

    /** Opens {@code path} on {@code server} with the token in the Authorization header. */
    public static WsClient open(Parley server, String path, String token) {
        return connect(server, path, token);
    }

    /** Opens {@code path} with the token in {@code ?access_token=}, as browsers must. */
    public static WsClient openWithQueryToken(Parley server, String path, String token) {
        return connect(server, path + (path.contains("?") ? "&" : "?") + "access_token=" + token, null);
    }

    /** Opens {@code path} on the server at {@code base} (e.g. one in another process) with the token in the header. */
    public static WsClient open(URI base, JsonMapper json, String path, String token) {
        return connect(base, json, path, token);
    }

    private static WsClient connect(Parley server, String path, String token) {
        return connect(server.uri(), server.context().getBean(JsonMapper.class), path, token);
    }

    private static WsClient connect(URI base, JsonMapper json, String path, String token) {
        WsClient client = new WsClient(json);
        URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(path);
        WebSocket.Builder builder = HTTP.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        client.socket =
                builder.buildAsync(uri, client).orTimeout(15, TimeUnit.SECONDS).join();
        return client;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        synchronized (this) {
            partial.append(data);
            if (last) {
                frames.add(parse(partial.toString()));
                partial.setLength(0);
                notifyAll();
            }
            if (paused) {
                owed++;
            } else {
                webSocket.request(1);
            }
        }
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
        pings.incrementAndGet();
        webSocket.request(1);
        return null;
    }

    /** How many pings the server sent (the JDK answers each with a pong). */
    public int pings() {
        return pings.get();
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closeReason = reason;
        closed.complete(statusCode);
        synchronized (this) {
            notifyAll();
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        this.error = error;
        closed.complete(-1);
        synchronized (this) {
            notifyAll();
        }
    }

    /** Sends a text frame as is. */
    public void sendText(String text) {
        socket.sendText(text, true).orTimeout(10, TimeUnit.SECONDS).join();
    }

    /** Sends bytes as a binary frame. */
    public void sendBinary(byte[] bytes) {
        socket.sendBinary(java.nio.ByteBuffer.wrap(bytes), true)
                .orTimeout(10, TimeUnit.SECONDS)
                .join();
    }

    /** Sends an object as a JSON text frame. */
    public void send(Object frame) {
        try {
            sendText(json.writeValueAsString(frame));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next frame (after those already taken) that matches; frames skipped on the way stay in {@link #all}. */
    public synchronized Map<String, Object> next(Predicate<Map<String, Object>> wanted) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            for (int i = consumed; i < frames.size(); i++) {
                if (wanted.test(frames.get(i))) {
                    consumed = i + 1;
                    return frames.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "no matching frame within " + WAIT + "; got " + frames.subList(consumed, frames.size()));
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** The next frame of the given envelope type whose payload has the given {@code type} (null: any). */
    public Map<String, Object> next(String envelope, String payloadType) {
        return next(f -> envelope.equals(f.get("type"))
                && (payloadType == null || payloadType.equals(Frames.payload(f).get("type"))));
    }

    /** Waits until {@code count} frames matching {@code wanted} arrived in total; returns them all. */
    public synchronized List<Map<String, Object>> awaitCount(
            Predicate<Map<String, Object>> wanted, int count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Map<String, Object>> matching = frames.stream().filter(wanted).toList();
            if (matching.size() >= count) {
                return matching;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("only " + matching.size() + " of " + count + " frames within " + timeout);
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Every frame received so far, in order. */
    public synchronized List<Map<String, Object>> all() {
        return List.copyOf(frames);
    }

    /** Stops reading: the server's frames pile up in the network and then in the server. */
    public synchronized void pause() {
        paused = true;
    }

    /** Reads again, taking everything that piled up. */
    public synchronized void resume() {
        paused = false;
        socket.request(Math.max(1, owed) + 1_000_000L);
        owed = 0;
    }

    /** The close code the server sent, waiting up to {@code timeout} for it. */
    public int closeCode(Duration timeout) {
        int code = closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        if (code == -1) {
            throw new AssertionError("the connection broke instead of closing", error);
        }
        return code;
    }

    /** The reason text of the server's close frame, once {@link #closeCode} has returned. */
    public String closeReason() {
        return closeReason;
    }

    /** Closes from the client side with 1000 and returns the code of the server's answering close frame. */
    public int closeAndAwaitReply() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                .orTimeout(5, TimeUnit.SECONDS)
                .join();
        return closeCode(WAIT);
    }

    public boolean isClosed() {
        return closed.isDone();
    }

    @Override
    public void close() {
        if (!closed.isDone()) {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye")
                    .orTimeout(5, TimeUnit.SECONDS)
                    .exceptionally(e -> null)
                    .join();
        }
        socket.abort();
    }

    private Map<String, Object> parse(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new AssertionError("not a JSON frame: " + text, e);
        }
    }
}
