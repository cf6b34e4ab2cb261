package io.parley.bootstrap.support;

import io.parley.bootstrap.Parley;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The running test server and its HTTP client, for the benchmarks in {@code io.parley.bootstrap.bench}. */
public final class BenchmarkAccess {
    private final Api api;
    private final Chats chats;

    private BenchmarkAccess(Api api) {
        this.api = api;
        this.chats = new Chats(api);
    }

    public static BenchmarkAccess start() {
        return new BenchmarkAccess(TestServer.api());
    }

    /** A registered user. */
    public record User(Api.Session session) {}

    public User newUser() {
        return new User(api.register());
    }

    public long openChat(User one, User other) {
        return chats.open(one.session(), other.session());
    }

    public long group(User owner, List<User> members) {
        return chats.group(
                owner.session(), "bench", members.stream().map(User::session).toArray(Api.Session[]::new));
    }

    /** Sends a message and fails unless it was stored. */
    public void send(User who, String conversation, String text) {
        chats.send(who.session(), conversation, text);
    }

    /** A GET that must answer 200. */
    public void get(User who, String path) {
        Api.Reply reply = api.get(path, who.session().accessToken());
        if (reply.status() != 200) {
            throw new AssertionError(path + " answered " + reply);
        }
    }

    /** Opens a main socket of {@code who} that timestamps the arrival of every message whose text starts with a tag. */
    public Listener listen(User who, String tag) {
        return new Listener(TestServer.parley(), who.session().accessToken(), tag);
    }

    /** Opens a chat socket of {@code who} for sending frames; answers are counted, not parsed. */
    public Sender sender(User who, long chat, int window) {
        return new Sender(
                TestServer.parley(), "/api/v1/chat/" + chat, who.session().accessToken(), window);
    }

    /**
     * A main socket that records, per tagged text, when its notification arrived; it looks for the tag in the raw
     * frame instead of parsing JSON, so the client costs the shared cores as little as possible.
     */
    public static final class Listener implements WebSocket.Listener, AutoCloseable {
        private final Map<String, Long> arrivals = new ConcurrentHashMap<>();
        private final Pattern tagged;
        private final CountDownLatch open = new CountDownLatch(1);
        private final WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        public Listener(Parley server, String token, String tag) {
            this.tagged = Pattern.compile("\"text\":\"(" + Pattern.quote(tag) + "[^\"]*)\"");
            this.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create(server.uri().toString().replaceFirst("^http", "ws") + "/api/v1/main"), this)
                    .join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.contains("unread_messages")) {
                    open.countDown();
                }
                Matcher match = tagged.matcher(frame);
                if (frame.startsWith("{\"type\":\"notification\"") && match.find()) {
                    arrivals.putIfAbsent(match.group(1), System.nanoTime());
                }
            }
            webSocket.request(1);
            return null;
        }

        /** Waits until the socket's opening snapshot arrived. */
        public void awaitOpen() throws InterruptedException {
            if (!open.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the main socket did not open");
            }
        }

        /** When the message with this text arrived (System.nanoTime), or null. */
        public Long arrival(String text) {
            return arrivals.get(text);
        }

        public int received() {
            return arrivals.size();
        }

        @Override
        public void close() {
            socket.abort();
        }
    }

    /** A chat socket that sends message frames, at most {@code window} without an answer, and counts the answers. */
    public static final class Sender implements WebSocket.Listener, AutoCloseable {
        private final AtomicInteger acks = new AtomicInteger();
        private final AtomicInteger errors = new AtomicInteger();
        private final Semaphore window;
        private final WebSocket socket;
        private final StringBuilder partial = new StringBuilder();

        public Sender(Parley server, String path, String token, int window) {
            this.window = new Semaphore(window);
            this.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create(server.uri().toString().replaceFirst("^http", "ws") + path), this)
                    .join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            // a frame may come in several parts, split anywhere (even inside its type): judge it once it is whole
            partial.append(data);
            if (last) {
                String frame = partial.toString();
                partial.setLength(0);
                if (frame.startsWith("{\"type\":\"ack\"")) {
                    acks.incrementAndGet();
                    window.release();
                } else if (frame.startsWith("{\"type\":\"error\"")) {
                    errors.incrementAndGet();
                    window.release();
                }
            }
            webSocket.request(1);
            return null;
        }

        /** Sends a message frame with this text and client id, once fewer than the window are unanswered. */
        public void send(String text, String clientId) throws InterruptedException {
            window.acquire();
            socket.sendText("{\"type\":\"message\",\"text\":\"" + text + "\",\"client_id\":\"" + clientId + "\"}", true)
                    .join();
        }

        public int acks() {
            return acks.get();
        }

        public int errors() {
            return errors.get();
        }

        @Override
        public void close() {
            socket.abort();
        }
    }
}
