package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.adapter.redis.TestRedis;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Parley nodes sharing one PostgreSQL and one Redis (embedded, or the machine's when
 * {@code PARLEY_TEST_REDIS_URL} is set): clients on different nodes see each other's messages, typing, read
 * receipts and presence, and removals close sockets on the other node.
 */
class TwoNodesOverWsIT {
    private static Parley nodeA;
    private static Parley nodeB;
    private static Api apiA;
    private static Api apiB;

    @BeforeAll
    static void startTwoNodes() {
        Map<String, Object> cluster = TestServer.redis(TestRedis.uri(), TestRedis.namespace());
        nodeA = TestServer.start(TestDatabase.shared(), cluster);
        nodeB = TestServer.start(TestDatabase.shared(), cluster);
        apiA = new Api(nodeA);
        apiB = new Api(nodeB);
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @Test
    void aReplyAndAReactionMadeOnOneNodeReachAGroupSocketOnTheOtherWithTheReceiversOwnMineFlag() {
        Api.Session alice = apiA.register();
        Api.Session bob = apiB.register();
        long group = new Chats(apiA).group(alice, "Across nodes", bob);
        String path = "/api/v1/group/" + group;
        long original = Chats.id(new Chats(apiA).send(alice, path, "Tea at five?"));

        try (WsClient bobs = WsClient.open(nodeB, path, bob.accessToken())) {
            bobs.next("history", null);
            apiA.postJson(path + "/messages", Map.of("text", "Or six?", "reply_to", original), alice.accessToken());
            Map<String, Object> reply = payload(bobs.next("message", "message"));
            assertThat(Frames.map(reply, "quote")).containsEntry("text", "Tea at five?");

            apiB.postJson(path + "/messages/" + original + "/reactions", Map.of("emoji", ":+1:"), bob.accessToken());
            apiA.postJson(path + "/messages/" + original + "/reactions", Map.of("emoji", ":+1:"), alice.accessToken());
            payload(bobs.next("message", "reaction"));
            Map<String, Object> second = payload(bobs.next("message", "reaction"));
            assertThat(Frames.map(second, "reaction")).containsEntry("user_id", (int) alice.userId());
            assertThat(second.get("reactions"))
                    .isEqualTo(List.of(Map.of("emoji", "\uD83D\uDC4D", "count", 2, "mine", true)));
        }
    }

    @Test
    void aMainSocketOnOneNodeAndAChatSocketOnTheOtherSeeEachOtherLive() {
        Api.Session alice = apiA.register();
        Api.Session bob = apiB.register();
        long chat = new Chats(apiA).open(alice, bob);

        try (WsClient bobChat = WsClient.open(nodeB, "/api/v1/chat/" + chat, bob.accessToken())) {
            bobChat.next("history", null);
            try (WsClient aliceMain = WsClient.open(nodeA, "/api/v1/main", alice.accessToken())) {
                aliceMain.next("message", "unread_messages");
                assertThat(payload(bobChat.next("status", "status")))
                        .containsEntry("online", true)
                        .containsEntry("user_id", (int) alice.userId());
                assertThat(apiB.get("/api/v1/user/" + alice.userId() + "/presence", bob.accessToken())
                                .json())
                        .containsEntry("online", true);

                aliceMain.send(Map.of("type", "message", "chat_id", chat, "text", "from node A", "client_id", "a1"));
                Map<String, Object> atBob = payload(bobChat.next("message", "message"));
                assertThat(atBob.get("text")).isEqualTo("from node A");

                bobChat.send(Map.of("type", "typing"));
                assertThat(number(Frames.map(payload(aliceMain.next("message", "typing")), "author"), "id"))
                        .isEqualTo(bob.userId());

                bobChat.send(Map.of("type", "read", "id", number(atBob, "id")));
                Map<String, Object> receipt = payload(aliceMain.next("message", "read"));
                assertThat(receipt).containsEntry("read", true);
                assertThat(number(receipt, "id")).isEqualTo(number(atBob, "id"));

                new Chats(apiB).send(bob, "/api/v1/chat/" + chat, "from node B over REST");
                assertThat(Frames.message(aliceMain.next(Frames.newMessage(chat)))
                                .get("text"))
                        .isEqualTo("from node B over REST");
            }
            Map<String, Object> gone = payload(bobChat.next(f -> "status".equals(f.get("type"))
                    && Boolean.FALSE.equals(payload(f).get("online"))));
            assertThat(gone.get("last_seen")).isNotNull();
        }
    }

    @Test
    void aMarkUnreadOnOneNodeReachesTheUsersSocketOnTheOther() {
        Api.Session alice = apiA.register();
        Api.Session bob = apiA.register();
        Chats chats = new Chats(apiA);
        long chat = chats.open(alice, bob);
        long message = Chats.id(chats.send(alice, "/api/v1/chat/" + chat, "mark me"));
        apiA.postJson("/api/v1/chat/" + chat + "/read", Map.of("message_id", message), bob.accessToken());

        try (WsClient bobOnB = WsClient.open(nodeB, "/api/v1/main", bob.accessToken())) {
            bobOnB.next("message", "unread_messages");
            assertThat(apiA.postJson(
                                    "/api/v1/chat/" + chat + "/unread",
                                    Map.of("message_id", message),
                                    bob.accessToken())
                            .status())
                    .isEqualTo(200);

            Map<String, Object> unread = payload(bobOnB.next("message", "unread"));
            assertThat(number(unread, "id")).isEqualTo(message);
            assertThat(number(unread, "unread_count")).isEqualTo(1);
        }
    }

    @Test
    void aMemberRemovedOnOneNodeLosesTheirSocketOnTheOther() {
        Api.Session owner = apiA.register();
        Api.Session member = apiA.register();
        long group = new Chats(apiA).group(owner, "Two nodes", member);

        try (WsClient onB = WsClient.open(nodeB, "/api/v1/group/" + group, member.accessToken())) {
            onB.next("history", null);
            apiA.deleteJson(
                    "/api/v1/group/" + group + "/delete", Map.of("users", Chats.refs(member)), owner.accessToken());
            assertThat(onB.closeCode(WsClient.WAIT)).isEqualTo(4403);
        }
    }

    @Test
    void sendsOnBothNodesReachSocketsOnBothNodesExactlyOnceInOrder() throws Exception {
        Api.Session owner = apiA.register();
        Api.Session other = apiB.register();
        long group = new Chats(apiA).group(owner, "Busy cluster", other);
        String path = "/api/v1/group/" + group;
        List<WsClient> sockets = List.of(
                WsClient.open(nodeA, path, owner.accessToken()),
                WsClient.open(nodeB, path, owner.accessToken()),
                WsClient.open(nodeB, "/api/v1/main", other.accessToken()));
        try {
            sockets.forEach(s -> s.next(f -> "history".equals(f.get("type"))
                    || "unread_messages".equals(payload(f).get("type"))));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<?>> work = new ArrayList<>();
            work.add(pool.submit(() -> sendMany(new Chats(apiA), owner, path)));
            work.add(pool.submit(() -> sendMany(new Chats(apiB), other, path)));
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();

            List<Long> expected = LongStream.rangeClosed(1, 80).boxed().toList();
            for (WsClient socket : sockets) {
                assertThat(socket.awaitCount(Frames.newMessage(group), 80, WsClient.WAIT))
                        .extracting(f -> number(Frames.message(f), "seq"))
                        .containsExactlyElementsOf(expected);
            }
        } finally {
            sockets.forEach(WsClient::close);
        }
    }

    private static void sendMany(Chats chats, Api.Session who, String path) {
        for (int i = 0; i < 40; i++) {
            chats.send(who, path, "n" + i);
        }
    }

    @Test
    void twoMembersOnDifferentNodesCallEachOther() {
        Api.Session alice = apiA.register();
        Api.Session bob = apiB.register();
        long chat = new Chats(apiA).open(alice, bob);
        String path = "/api/v1/chat/" + chat + "/call";

        try (WsClient bobMain = WsClient.open(nodeB, "/api/v1/main", bob.accessToken());
                WsClient aliceCall = WsClient.open(nodeA, path, alice.accessToken());
                WsClient bobCall = WsClient.open(nodeB, path, bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            aliceCall.send(Map.of("type", "join", "roomId", chat));
            String aliceSession =
                    (String) aliceCall.next(f -> "joined".equals(f.get("type"))).get("sessionId");
            assertThat(number(Frames.map(payload(bobMain.next("notification", "call")), "message"), "chat_id"))
                    .isEqualTo(chat);

            bobCall.send(Map.of("type", "join", "roomId", chat));
            Map<String, Object> joined = bobCall.next(f -> "joined".equals(f.get("type")));
            assertThat(Frames.list(joined, "participants"))
                    .extracting(p -> p.get("sessionId"))
                    .containsExactly(aliceSession);
            String bobSession = (String) joined.get("sessionId");
            assertThat(aliceCall.next(f -> "join".equals(f.get("type")))).containsEntry("sessionId", bobSession);

            Map<String, Object> sdp = Map.of("type", "offer", "sdp", "v=0");
            bobCall.send(Map.of("type", "offer", "roomId", chat, "to", aliceSession, "payload", sdp));
            assertThat(aliceCall.next(f -> "offer".equals(f.get("type"))))
                    .containsEntry("payload", sdp)
                    .containsEntry("sessionId", bobSession);
            aliceCall.send(Map.of(
                    "type",
                    "answer",
                    "roomId",
                    chat,
                    "to",
                    bobSession,
                    "payload",
                    Map.of("type", "answer", "sdp", "v=0")));
            assertThat(bobCall.next(f -> "answer".equals(f.get("type")))).containsEntry("sessionId", aliceSession);

            aliceCall.close();
            assertThat(bobCall.next(f -> "leave".equals(f.get("type")))).containsEntry("sessionId", aliceSession);
            bobCall.close();
            bobMain.next("notification", "call_ended");
        }
    }
}
