package io.parley.bootstrap.message;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sends that share one transaction (group commit): a server whose single writer waits 50 ms for more sends, so sends
 * arriving together land in one batch. A retry inside the batch still yields one message, and a refused send in the
 * batch fails alone.
 */
class GroupCommitOverWireIT {
    private static Parley server;
    private static Api api;
    private static Chats chats;

    @BeforeAll
    static void start() {
        Map<String, Object> overrides = new HashMap<>(TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        overrides.put("parley.send.batch-lanes", 1);
        overrides.put("parley.send.batch-window", "50ms");
        server = TestServer.start(TestDatabase.shared(), overrides);
        api = new Api(server);
        chats = new Chats(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aRetryInTheSameBatchOverTheSocketIsOneMessageAndBothAcksNameIt() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long group = chats.group(alice, "Batch", bob);
        try (WsClient sender = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient listener = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            // three frames back to back, well inside one 50 ms window
            sender.send(Map.of("type", "message", "group_id", group, "text", "tea?", "client_id", "dup-1"));
            sender.send(Map.of("type", "message", "group_id", group, "text", "tea?", "client_id", "dup-1"));
            sender.send(Map.of("type", "message", "group_id", group, "text", "cake?", "client_id", "other-1"));

            List<Map<String, Object>> acks = sender.awaitCount(f -> "ack".equals(f.get("type")), 3, WsClient.WAIT);
            List<Map<String, Object>> dup = acks.stream()
                    .map(Frames::payload)
                    .filter(a -> "dup-1".equals(a.get("client_id")))
                    .toList();
            assertThat(dup).hasSize(2);
            assertThat(dup).extracting(a -> a.get("id")).containsOnly(dup.get(0).get("id"));
            assertThat(dup)
                    .extracting(a -> a.get("seq"))
                    .containsOnly(dup.get(0).get("seq"));
            assertThat(dup).extracting(a -> a.get("replayed")).containsExactlyInAnyOrder(false, true);

            assertThat(chats.history(bob, "/api/v1/group/" + group))
                    .extracting(m -> m.get("text"), Chats::seq)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("tea?", 1L),
                            org.assertj.core.groups.Tuple.tuple("cake?", 2L));
            listener.awaitCount(Frames.newMessage(group), 2, WsClient.WAIT);
            sleepPast(Duration.ofMillis(300));
            assertThat(listener.all().stream().filter(Frames.newMessage(group)))
                    .as("bob hears each message once")
                    .hasSize(2);
        }
    }

    @Test
    void parallelRetriesOverRestInOneBatchStoreOneMessage() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        String group = "/api/v1/group/" + chats.group(alice, "Retries", bob);
        int retries = 6;
        ExecutorService pool = Executors.newFixedThreadPool(retries);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < retries; i++) {
                replies.add(pool.submit(() -> {
                    go.await();
                    return api.postJson(
                            group + "/messages", Map.of("text", "once", "client_id", "same"), alice.accessToken());
                }));
            }
            go.countDown();
            List<Api.Reply> answers = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                answers.add(reply.get());
            }
            assertThat(answers).extracting(Api.Reply::status).containsOnly(201);
            assertThat(answers)
                    .extracting(r -> r.json().get("id"))
                    .containsOnly(answers.get(0).json().get("id"));
            assertThat(answers.stream()
                            .filter(r -> r.headers().containsKey("idempotent-replayed")
                                    || r.headers().containsKey("Idempotent-Replayed")))
                    .as("all but the first are replays")
                    .hasSize(retries - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(chats.history(bob, group)).extracting(m -> m.get("text")).containsExactly("once");
    }

    @Test
    void aRefusedSendInTheBatchFailsAloneAndTheOthersAreStored() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long mine = chats.group(alice, "Mine", bob);
        long notMine = chats.group(carol, "Not mine", bob);
        try (WsClient sender = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            sender.send(Map.of("type", "message", "group_id", mine, "text", "first", "client_id", "r-1"));
            sender.send(Map.of("type", "message", "group_id", notMine, "text", "intruder", "client_id", "r-2"));
            sender.send(Map.of("type", "message", "group_id", mine, "text", "second", "client_id", "r-3"));

            List<Map<String, Object>> answers = sender.awaitCount(
                    f -> "ack".equals(f.get("type")) || "error".equals(f.get("type")), 3, WsClient.WAIT);
            assertThat(answers)
                    .extracting(f -> f.get("type"), f -> Frames.payload(f).get("client_id"))
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("ack", "r-1"),
                            org.assertj.core.groups.Tuple.tuple("error", "r-2"),
                            org.assertj.core.groups.Tuple.tuple("ack", "r-3"));
        }
        assertThat(chats.history(bob, "/api/v1/group/" + mine))
                .extracting(m -> m.get("text"), Chats::seq)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("first", 1L),
                        org.assertj.core.groups.Tuple.tuple("second", 2L));
        assertThat(chats.history(bob, "/api/v1/group/" + notMine)).isEmpty();
    }

    private static void sleepPast(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
