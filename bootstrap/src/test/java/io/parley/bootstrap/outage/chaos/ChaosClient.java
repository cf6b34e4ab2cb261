package io.parley.bootstrap.outage.chaos;

import io.micronaut.json.JsonMapper;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Frames;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One user of the chaos test, behaving as the documented client does: one main socket, to its home node while that
 * is up and else to the other; a change cursor per chat, raised by live frames; after every reconnect a
 * {@code resume} as the first frame, applying replays idempotently; a {@code gap} filled from the REST history.
 * It counts what the protocol forbids: a change applied twice outside a resume, live changes out of cursor order.
 */
public final class ChaosClient {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    final int index;
    final Api.Session session;
    final int home;
    final boolean lurker;
    final ChaosLedger ledger;
    private final ChaosCluster cluster;
    private final JsonMapper json;
    private final Map<Long, ChaosChat> chats = new HashMap<>();
    private final Map<Long, ChatView> views = new HashMap<>();
    final Map<String, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    final AtomicInteger duplicates = new AtomicInteger();
    final AtomicInteger outOfOrder = new AtomicInteger();
    final AtomicInteger reconnects = new AtomicInteger();
    final AtomicInteger gaps = new AtomicInteger();
    final AtomicInteger retries = new AtomicInteger();
    private ChaosLink link;
    private boolean everConnected;
    private volatile boolean running = true;
    private Thread connector;

    ChaosClient(
            int index, Api.Session session, boolean lurker, ChaosCluster cluster, ChaosLedger ledger, JsonMapper json) {
        this.index = index;
        this.session = session;
        this.home = index % ChaosCluster.NODES;
        this.lurker = lurker;
        this.cluster = cluster;
        this.ledger = ledger;
        this.json = json;
    }

    String name() {
        return (lurker ? "lurker" : "sender") + index;
    }

    synchronized void join(ChaosChat chat) {
        chats.put(chat.id(), chat);
        views.put(chat.id(), new ChatView());
    }

    synchronized List<ChaosChat> chats() {
        return List.copyOf(chats.values());
    }

    /** Starts keeping a main socket open (reconnecting whenever it drops). */
    void connect() {
        connector = new Thread(this::keepConnected, name() + "-connector");
        connector.setDaemon(true);
        connector.start();
    }

    /** Whether a socket is open and every chat has a cursor. */
    synchronized boolean isSettledIn() {
        return link != null && link.isReady() && views.values().stream().allMatch(ChatView::hasCursor);
    }

    /** Moves back to the home node if the socket is elsewhere (as a client does when its node is back). */
    synchronized void rehome() {
        if (link != null && link.node != home) {
            ChaosLink old = link;
            dropLink();
            old.abort();
        }
    }

    /** The open socket once it is ready, waiting for one until {@code deadline} (System.nanoTime); null if none. */
    synchronized ChaosLink awaitLink(long deadline) throws InterruptedException {
        while (running && (link == null || !link.isReady())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            wait(Math.max(1, Math.min(200, left / 1_000_000)));
        }
        return running ? link : null;
    }

    /** The messages this client has of a chat, id to seq. */
    synchronized Map<Long, Long> messagesOf(long chat) {
        return Map.copyOf(views.get(chat).seqs);
    }

    /** The newest message (by seq) this client has of a chat, as {id, seq}; {0, 0} if none. */
    synchronized long[] newest(long chat) {
        ChatView view = views.get(chat);
        return new long[] {view.latestSeqId, view.latestSeq};
    }

    synchronized void onFrame(ChaosLink from, Map<String, Object> frame) {
        if (from != link) {
            return; // a frame of a socket this client gave up
        }
        Map<String, Object> payload = Frames.payload(frame);
        switch (String.valueOf(frame.get("type"))) {
            case "message" -> {
                if ("last_message".equals(payload.get("type"))) {
                    lastMessage(from, payload);
                }
            }
            case "notification" -> {
                if ("message".equals(payload.get("type"))) {
                    change(from, Frames.map(payload, "message"));
                }
            }
            case "gap" -> gap(from, payload);
            case "ack" -> acknowledged(from, payload);
            case "error" -> refused(from, payload);
            default -> {
                // status, read, typing, unread_messages: not what this test counts
            }
        }
    }

    synchronized void linkClosed(ChaosLink closed) {
        if (closed == link) {
            dropLink();
        }
    }

    void close() {
        running = false;
        ChaosLink last;
        synchronized (this) {
            last = link;
            dropLink();
        }
        if (last != null) {
            last.abort();
        }
    }

    private void lastMessage(ChaosLink from, Map<String, Object> payload) {
        long chat = Frames.number(payload, "chat_id");
        ChatView view = views.get(chat);
        long cursor = Frames.number(payload, "cursor");
        if (view == null) {
            ledger.problem(name() + " was told of chat " + chat + ", which it is not in");
            return;
        }
        if (!view.hasCursor()) {
            view.cursor = cursor;
        }
        if (!from.resuming.contains(chat)) {
            from.lastLive.put(chat, cursor);
        }
    }

    private void change(ChaosLink from, Map<String, Object> message) {
        long chat = Frames.number(message, "chat_id");
        long id = Frames.number(message, "id");
        long cursor = Frames.number(message, "cursor");
        ChatView view = views.get(chat);
        boolean resuming = from.resuming.contains(chat);
        if (view.isRepeat(id, cursor)) {
            if (!resuming) {
                duplicates.incrementAndGet();
                ledger.problem(name() + " got message " + id + " (chat " + chat + ", cursor " + cursor
                        + ") a second time, live on node " + from.node);
            }
            return; // a resume may repeat what the socket sent live before it: documented, applied once
        }
        if (!resuming) {
            long last = from.lastLive.getOrDefault(chat, -1L);
            if (cursor <= last) {
                outOfOrder.incrementAndGet();
                ledger.problem(name() + " got cursor " + cursor + " of chat " + chat + " after " + last);
            }
            from.lastLive.put(chat, cursor);
            view.raise(cursor);
            ledger.deliveredLive((String) message.get("client_id"), from.node);
        }
        view.apply(id, Frames.number(message, "seq"), cursor);
    }

    private void gap(ChaosLink from, Map<String, Object> payload) {
        long chat = Frames.number(payload, "chat_id");
        long cursor = Frames.number(payload, "cursor");
        gaps.incrementAndGet();
        views.get(chat).cursor = cursor;
        from.lastLive.put(chat, cursor);
        Thread filling = new Thread(() -> fillFromHistory(chat, cursor), name() + "-gap-" + chat);
        filling.setDaemon(true);
        filling.start();
    }

    private void acknowledged(ChaosLink from, Map<String, Object> payload) {
        if ("resume".equals(payload.get("action"))) {
            long chat = Frames.number(payload, "chat_id");
            long cursor = Frames.number(payload, "cursor");
            from.resuming.remove(chat);
            views.get(chat).cursor = cursor;
            from.lastLive.merge(chat, cursor, Math::max);
            return;
        }
        CompletableFuture<Map<String, Object>> waiting = pending.remove(String.valueOf(payload.get("client_id")));
        if (waiting != null) {
            waiting.complete(payload);
        }
    }

    private void refused(ChaosLink from, Map<String, Object> payload) {
        if ("resume".equals(payload.get("action"))) {
            ledger.problem(name() + "'s resume was refused on node " + from.node + ": " + payload);
            if (payload.get("chat_id") instanceof Number chat) {
                from.resuming.remove(chat.longValue());
            }
            return;
        }
        CompletableFuture<Map<String, Object>> waiting = pending.remove(String.valueOf(payload.get("client_id")));
        if (waiting != null) {
            waiting.completeExceptionally(new ChaosRefusal(payload));
        } else {
            ledger.problem(name() + " got an error nobody waited for: " + payload);
        }
    }

    private void dropLink() {
        link = null;
        pending.values().forEach(p -> p.completeExceptionally(new java.io.IOException("the socket closed")));
        pending.clear();
        notifyAll();
    }

    private void keepConnected() {
        long backoff = 100;
        while (running) {
            synchronized (this) {
                while (running && link != null) {
                    try {
                        wait(500);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
            if (!running) {
                return;
            }
            boolean connected = tryConnect(home) || tryConnect(1 - home);
            backoff = connected ? 100 : Math.min(1000, backoff * 2);
            if (!connected) {
                ChaosActions.pause(Duration.ofMillis(backoff));
            }
        }
    }

    private boolean tryConnect(int node) {
        URI base = cluster.uri(node);
        ChaosLink candidate;
        boolean resume;
        synchronized (this) {
            resume = everConnected;
            Set<Long> resuming = ConcurrentHashMap.newKeySet();
            if (resume) {
                views.forEach((chat, view) -> {
                    if (view.hasCursor()) {
                        resuming.add(chat);
                    }
                });
            }
            candidate = new ChaosLink(this, json, node, resuming);
            link = candidate;
        }
        try {
            URI uri = URI.create(base.toString().replaceFirst("^http", "ws")).resolve("/api/v1/main");
            candidate.opened(HTTP.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + session.accessToken())
                    .connectTimeout(Duration.ofSeconds(2))
                    .buildAsync(uri, candidate)
                    .get(5, TimeUnit.SECONDS));
            if (resume) {
                candidate.send(Map.of("type", "resume", "chats", resumeCursors(candidate)));
                reconnects.incrementAndGet();
            }
        } catch (Exception refusedOrDown) {
            // the node is down, refuses the upgrade (503 while the database is away) or the socket broke at once
            synchronized (this) {
                if (link == candidate) {
                    dropLink();
                }
            }
            candidate.abort();
            return false;
        }
        synchronized (this) {
            everConnected = true;
            candidate.markReady();
            notifyAll();
            return link == candidate;
        }
    }

    private synchronized Map<String, Long> resumeCursors(ChaosLink candidate) {
        Map<String, Long> cursors = new HashMap<>();
        for (long chat : new ArrayList<>(candidate.resuming)) {
            cursors.put(Long.toString(chat), views.get(chat).cursor);
        }
        return cursors;
    }

    private void fillFromHistory(long chat, long upTo) {
        List<Map<String, Object>> history = ChaosActions.history(cluster, json, session, chats.get(chat));
        synchronized (this) {
            ChatView view = views.get(chat);
            for (Map<String, Object> message : history) {
                view.fill(Frames.number(message, "id"), Frames.number(message, "seq"), upTo);
            }
        }
    }

    /** Chats that have a newer message than {@code pointers} says were read. */
    synchronized List<Long> chatsWithUnread(Map<Long, Long> pointers) {
        List<Long> unread = new ArrayList<>();
        views.forEach((chat, view) -> {
            if (view.latestSeq > pointers.getOrDefault(chat, 0L)) {
                unread.add(chat);
            }
        });
        return unread;
    }

    Set<Long> chatIds() {
        synchronized (this) {
            return new HashSet<>(chats.keySet());
        }
    }
}
