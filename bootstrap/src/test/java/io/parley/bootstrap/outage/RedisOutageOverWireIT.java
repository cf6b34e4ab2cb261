package io.parley.bootstrap.outage;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.RedisProcess;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two nodes on a Redis of this test's own, which the test kills and starts again (empty, as after a crash): while
 * it is gone, requests that need it answer 503 {@code service.unavailable} within the command timeout, readiness is
 * DOWN and liveness UP, sockets still open and get this node's deliveries; once it is back, presence and the
 * subscription are restored within seconds and what a socket on the other node missed reaches it from storage.
 */
class RedisOutageOverWireIT {
    private static final Duration FAST = Duration.ofMillis(2500);
    private static final Duration RECOVERY = Duration.ofSeconds(6);
    private static RedisProcess redis;
    private static Parley nodeA;
    private static Parley nodeB;
    private static Api apiA;
    private static Api apiB;

    @BeforeAll
    static void startTwoNodesOnAPrivateRedis() {
        redis = RedisProcess.start();
        Map<String, Object> cluster = TestServer.redis(redis.uri(), TestServer.namespace());
        nodeA = TestServer.start(TestDatabase.shared(), cluster);
        nodeB = TestServer.start(TestDatabase.shared(), cluster);
        apiA = new Api(nodeA);
        apiB = new Api(nodeB);
    }

    @AfterAll
    static void stop() {
        nodeA.close();
        nodeB.close();
        redis.close();
    }

    @Test
    void withRedisGoneRequestsFailFastSocketsStillWorkAndOnceItIsBackNothingIsMissed() {
        Api.Session alice = apiA.register();
        Api.Session bob = apiB.register();
        long chat = new Chats(apiA).open(alice, bob);
        String conversation = "/api/v1/chat/" + chat;
        Predicate<Map<String, Object>> chatMessage = Frames.of("message", "message");

        try (WsClient bobChat = WsClient.open(nodeB, conversation, bob.accessToken())) {
            bobChat.next("history", null);
            redis.kill();

            for (String path : new String[] {"/api/v1/users/online", "/api/v1/user/" + bob.userId() + "/presence"}) {
                Api.Reply reply = timed(() -> apiA.get(path, alice.accessToken()), FAST, path);
                assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
                assertThat(reply.error()).isEqualTo("service.unavailable");
            }
            assertThat(timed(() -> apiA.download("/health/readiness", null), FAST, "readiness")
                            .status())
                    .isEqualTo(503);
            assertThat(timed(() -> apiA.download("/health/liveness", null), FAST, "liveness")
                            .status())
                    .isEqualTo(200);

            WsClient aliceMainOnA = WsClient.open(nodeA, "/api/v1/main", alice.accessToken());
            WsClient bobMainOnA = WsClient.open(nodeA, "/api/v1/main", bob.accessToken());
            try (aliceMainOnA) {
                aliceMainOnA.next("message", "unread_messages");
                bobMainOnA.next("message", "unread_messages");
                Map<String, Object> sent =
                        timed(() -> new Chats(apiA).send(alice, conversation, "while Redis is gone"), FAST, "sending");
                assertThat(Frames.message(bobMainOnA.next(Frames.newMessage(chat)))
                                .get("text"))
                        .isEqualTo("while Redis is gone");

                redis.restart();
                Map<String, Object> missed =
                        timed(() -> Frames.payload(bobChat.next(chatMessage)), RECOVERY, "catch-up on node B");
                assertThat(missed.get("text")).isEqualTo("while Redis is gone");
                assertThat(Frames.number(missed, "id")).isEqualTo(Chats.id(sent));

                bobMainOnA.close();
                // bob's only socket is on node B now, alice's (opened while Redis was gone) on node A
                timed(() -> awaitOnline(apiA, alice, bob.userId()), RECOVERY, "node B's presence restored");
                timed(() -> awaitOnline(apiB, bob, alice.userId()), RECOVERY, "node A's presence restored");
                assertThat(apiA.download("/health/readiness", null).status()).isEqualTo(200);

                new Chats(apiA).send(alice, conversation, "after Redis is back");
                assertThat(Frames.payload(timed(() -> bobChat.next(chatMessage), FAST, "live again"))
                                .get("text"))
                        .isEqualTo("after Redis is back");
            } finally {
                bobMainOnA.close();
            }
        }
    }

    /** Polls {@code who}'s view of {@code user}'s presence until it is a 200 saying online (for 20 s at most). */
    private static boolean awaitOnline(Api api, Api.Session who, long user) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Api.Reply reply;
        do {
            reply = api.get("/api/v1/user/" + user + "/presence", who.accessToken());
            if (reply.status() == 200 && Boolean.TRUE.equals(reply.json().get("online"))) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("presence of " + user + " not restored within 20 s: " + reply);
    }

    private static <T> T timed(Supplier<T> call, Duration bound, String what) {
        long start = System.nanoTime();
        T result = call.get();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as(what).isLessThan(bound);
        return result;
    }
}
