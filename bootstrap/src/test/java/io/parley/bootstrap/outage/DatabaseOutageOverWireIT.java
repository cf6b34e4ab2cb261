package io.parley.bootstrap.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.FreezableProxy;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A server whose database freezes (through a proxy that stops passing bytes) or stops (the proxy drops and refuses
 * connections) under steady load: requests fail with
 * 503 {@code service.unavailable} within about the timeouts instead of hanging, readiness goes DOWN within 5 s, and
 * once the database answers again the server recovers by itself within 5 s with every acknowledged message stored
 * exactly once; a socket frame that needs the stopped database is answered {@code service.unavailable}.
 */
class DatabaseOutageOverWireIT {
    private static final long BOUND_MILLIS = 2500;

    @Test
    void aFrozenDatabaseFailsRequestsFastAndTheServerRecoversByItself() throws Exception {
        outageUnderLoad(FreezableProxy::freeze);
    }

    @Test
    void aStoppedDatabaseFailsRequestsFastAndTheServerRecoversByItself() throws Exception {
        outageUnderLoad(FreezableProxy::stop);
    }

    @Test
    void aSocketFrameThatNeedsTheStoppedDatabaseIsAnsweredServiceUnavailableAndSucceedsWhenItIsBack() throws Exception {
        TestDatabase.Target database = TestDatabase.shared();
        URI target = URI.create(database.url().substring("jdbc:".length()));
        try (FreezableProxy proxy = FreezableProxy.to(target.getHost(), target.getPort());
                Parley server =
                        TestServer.start(database, Map.of("datasources.default.url", proxied(database, proxy)))) {
            Api api = new Api(server);
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            long chat = new Chats(api).open(alice, bob);
            try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
                socket.next("message", "unread_messages");
                proxy.stop();
                Map<String, Object> frame =
                        Map.of("type", "message", "chat_id", chat, "text", "while it is away", "client_id", "away-1");
                long start = System.nanoTime();
                socket.send(frame);
                Map<String, Object> refused = Frames.payload(socket.next(f -> "error".equals(f.get("type"))));
                assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(BOUND_MILLIS * 2);
                assertThat(refused)
                        .containsEntry("error", "service.unavailable")
                        .containsEntry("kind", "unavailable")
                        .containsEntry("action", "message")
                        .containsEntry("client_id", "away-1");

                proxy.thaw();
                awaitStatus(api, "/health/readiness", 200, Duration.ofSeconds(5));
                socket.send(frame);
                Map<String, Object> ack = Frames.payload(socket.next(f -> "ack".equals(f.get("type"))));
                assertThat(ack).containsEntry("client_id", "away-1");
                assertThat(new Chats(api).history(bob, "/api/v1/chat/" + chat))
                        .extracting(m -> m.get("client_id"))
                        .containsExactly("away-1");
            }
        }
    }

    private static String proxied(TestDatabase.Target database, FreezableProxy proxy) {
        URI target = URI.create(database.url().substring("jdbc:".length()));
        return database.url().replace(target.getHost() + ":" + target.getPort(), "127.0.0.1:" + proxy.port());
    }

    private static void outageUnderLoad(java.util.function.Consumer<FreezableProxy> outage) throws Exception {
        TestDatabase.Target database = TestDatabase.shared();
        URI target = URI.create(database.url().substring("jdbc:".length()));
        try (FreezableProxy proxy = FreezableProxy.to(target.getHost(), target.getPort());
                Parley server = TestServer.start(
                        database,
                        Map.of(
                                "datasources.default.url",
                                database.url()
                                        .replace(
                                                target.getHost() + ":" + target.getPort(),
                                                "127.0.0.1:" + proxy.port())))) {
            Api api = new Api(server);
            Api.Session alice = api.register();
            Api.Session bob = api.register();
            String chat = "/api/v1/chat/" + new Chats(api).open(alice, bob);

            Set<String> acked = ConcurrentHashMap.newKeySet();
            AtomicLong slowest = new AtomicLong();
            AtomicInteger unavailable = new AtomicInteger();
            List<String> otherAnswers = new ArrayList<>();
            AtomicBoolean running = new AtomicBoolean(true);
            Thread load = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    String clientId = "load-" + i;
                    long start = System.nanoTime();
                    Api.Reply reply = api.postJson(
                            chat + "/messages", Map.of("text", clientId, "client_id", clientId), alice.accessToken());
                    slowest.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
                    if (reply.status() == 201) {
                        acked.add(clientId);
                    } else if (reply.status() == 503 && "service.unavailable".equals(reply.error())) {
                        unavailable.incrementAndGet();
                    } else {
                        synchronized (otherAnswers) {
                            otherAnswers.add(reply.toString());
                        }
                    }
                }
            });
            load.start();
            WsClient socket = WsClient.open(server, chat, alice.accessToken());
            socket.next("history", null);
            Thread.sleep(1000);

            outage.accept(proxy);
            long frozenAt = System.nanoTime();
            awaitStatus(api, "/health/readiness", 503, Duration.ofSeconds(5));
            assertThat(api.download("/health/liveness", null).status()).isEqualTo(200);
            long start = System.nanoTime();
            Api.Reply history = api.get(chat + "/messages", bob.accessToken());
            assertThat((System.nanoTime() - start) / 1_000_000)
                    .as("a read while frozen")
                    .isLessThan(BOUND_MILLIS);
            assertThat(history.status()).as(history.toString()).isEqualTo(503);
            assertThat(history.error()).isEqualTo("service.unavailable");
            long sentAt = System.nanoTime();
            socket.send(Map.of("type", "message", "text", "sent on the socket", "client_id", "socket-send"));
            Map<String, Object> refused = payload(socket.next("error", null));
            assertThat((System.nanoTime() - sentAt) / 1_000_000)
                    .as("a socket send while the database is out")
                    .isLessThan(BOUND_MILLIS);
            assertThat(refused)
                    .containsEntry("error", "service.unavailable")
                    .containsEntry("kind", "unavailable")
                    .containsEntry("client_id", "socket-send");
            Thread.sleep(Math.max(0, 8000 - (System.nanoTime() - frozenAt) / 1_000_000));

            proxy.thaw();
            awaitStatus(api, "/health/readiness", 200, Duration.ofSeconds(5));
            // the documented client behaviour: the same frame again, with its client_id
            socket.send(Map.of("type", "message", "text", "sent on the socket", "client_id", "socket-send"));
            assertThat(payload(socket.next("ack", null))).containsEntry("client_id", "socket-send");
            acked.add("sent on the socket");
            Thread.sleep(1000);
            running.set(false);
            load.join();

            assertThat(otherAnswers).isEmpty();
            assertThat(unavailable.get()).isPositive();
            assertThat(slowest.get()).as("slowest send in ms").isLessThan(BOUND_MILLIS * 2);
            List<Object> stored = new Chats(api)
                    .history(alice, chat).stream().map(m -> m.get("text")).toList();
            assertThat(stored).doesNotHaveDuplicates().containsAll(acked);
            socket.close();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> payload(Map<String, Object> frame) {
        return (Map<String, Object>) frame.get("payload");
    }

    private static void awaitStatus(Api api, String path, int wanted, Duration within) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        int status;
        do {
            status = api.download(path, null).status();
            if (status == wanted) {
                return;
            }
            Thread.sleep(100);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(
                path + " answered " + status + ", not " + wanted + ", " + within + " after the change");
    }
}
