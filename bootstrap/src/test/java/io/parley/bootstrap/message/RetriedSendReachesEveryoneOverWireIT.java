package io.parley.bootstrap.message;

import static io.parley.bootstrap.support.Frames.message;
import static io.parley.bootstrap.support.Frames.number;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A send whose events were lost after its commit (here: stored through a node whose fan-out reaches no one on the
 * other node, as when a node dies between commit and publish) reaches the members' open sockets once the sender
 * retries it with the same client id, and a socket that already had it does not get it twice.
 */
class RetriedSendReachesEveryoneOverWireIT {
    private static Parley nodeA;
    private static Parley nodeB;
    private static Api apiA;
    private static Api apiB;

    @BeforeAll
    static void startTwoNodesWithoutSharedFanOut() {
        // one database, but each node fans out in a namespace of its own (or in-process): events stay on their node
        nodeA = TestServer.start(TestDatabase.shared(), TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        nodeB = TestServer.start(TestDatabase.shared(), TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        apiA = new Api(nodeA);
        apiB = new Api(nodeB);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aRetryOfASendWhoseEventsWereLostDeliversItToTheMembersSocketsExactlyOnce() throws Exception {
        Api.Session alice = apiA.register();
        Api.Session bob = apiA.register();
        Api.Session carol = apiA.register();
        long group = new Chats(apiA).group(alice, "Retries", bob, carol);
        String path = "/api/v1/group/" + group + "/messages";

        try (WsClient bobOnB = WsClient.open(nodeB, "/api/v1/main", bob.accessToken());
                WsClient carolOnA = WsClient.open(nodeA, "/api/v1/main", carol.accessToken())) {
            bobOnB.next("message", "unread_messages");
            carolOnA.next("message", "unread_messages");

            Api.Reply first =
                    apiA.postJson(path, Map.of("text", "did this arrive?", "client_id", "k-1"), alice.accessToken());
            assertThat(first.status()).isEqualTo(201);
            long id = Chats.id(first.json());
            Predicate<Map<String, Object>> thatMessage =
                    f -> Frames.newMessage(group).test(f) && number(message(f), "id") == id;
            carolOnA.next(thatMessage);
            // the setup's premise: node A's events never reached Bob's socket on node B
            Thread.sleep(500);
            assertThat(bobOnB.all()).noneMatch(thatMessage);

            Api.Reply retryOnB =
                    apiB.postJson(path, Map.of("text", "did this arrive?", "client_id", "k-1"), alice.accessToken());
            assertThat(retryOnB.header("Idempotent-Replayed")).isEqualTo("true");
            assertThat(message(bobOnB.next(thatMessage))).containsEntry("text", "did this arrive?");

            Api.Reply retryOnA =
                    apiA.postJson(path, Map.of("text", "did this arrive?", "client_id", "k-1"), alice.accessToken());
            assertThat(retryOnA.header("Idempotent-Replayed")).isEqualTo("true");
            new Chats(apiA).send(alice, "/api/v1/group/" + group, "next one");
            carolOnA.next(f -> Frames.newMessage(group).test(f)
                    && "next one".equals(message(f).get("text")));
            assertThat(carolOnA.all()).filteredOn(thatMessage).hasSize(1);
            assertThat(bobOnB.all()).filteredOn(thatMessage).hasSize(1);
            assertThat(new Chats(apiA).history(bob, "/api/v1/group/" + group))
                    .extracting(m -> m.get("text"))
                    .containsExactly("did this arrive?", "next one");
        }
    }
}
