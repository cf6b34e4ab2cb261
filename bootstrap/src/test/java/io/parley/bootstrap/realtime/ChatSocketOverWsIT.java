package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.list;
import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Per-conversation sockets over a real WebSocket: history on connect, then the conversation's live frames. */
class ChatSocketOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void aChatSocketStartsWithTheRecentHistoryOldestFirstHonouringLimitAndOffset() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        for (int i = 1; i <= 5; i++) {
            chats.send(i % 2 == 0 ? bob : alice, "/api/v1/chat/" + chat, "m" + i);
        }

        try (WsClient all = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken());
                WsClient some =
                        WsClient.open(server, "/api/v1/chat/" + chat + "?limit=2&offset=1", bob.accessToken())) {
            Map<String, Object> history = payload(all.next("history", "history"));
            assertThat(list(history, "messages"))
                    .extracting(m -> m.get("text"))
                    .containsExactly("m1", "m2", "m3", "m4", "m5");
            assertThat(history.get("has_more")).isEqualTo(false);
            assertThat(number(history, "cursor")).isEqualTo(5);
            Map<String, Object> page = payload(some.next("history", "history"));
            assertThat(list(page, "messages")).extracting(m -> m.get("text")).containsExactly("m3", "m4");
            assertThat(page.get("has_more")).isEqualTo(true);
        }
    }

    @Test
    void aGroupSocketCarriesNewMessagesEditsAndDeletesOfThatGroupOnly() {
        Api.Session owner = api.register();
        Api.Session member = api.register();
        long group = chats.group(owner, "Live", member);
        long otherGroup = chats.group(owner, "Elsewhere", member);

        try (WsClient socket = WsClient.open(server, "/api/v1/group/" + group, member.accessToken())) {
            socket.next("history", "history");
            chats.send(owner, "/api/v1/group/" + otherGroup, "not here");
            Map<String, Object> sent = chats.send(owner, "/api/v1/group/" + group, "hello");
            api.patchJson(
                    "/api/v1/group/" + group + "/messages/" + Chats.id(sent),
                    Map.of("text", "hello, edited"),
                    owner.accessToken());
            api.delete("/api/v1/group/" + group + "/messages/" + Chats.id(sent), owner.accessToken());

            Map<String, Object> created = payload(socket.next("message", "message"));
            Map<String, Object> updated = payload(socket.next("message", "update"));
            Map<String, Object> deleted = payload(socket.next("message", "delete"));
            assertThat(created.get("text")).isEqualTo("hello");
            assertThat(created.get("chat_type")).isEqualTo("group");
            assertThat(number(created, "cursor")).isEqualTo(1);
            assertThat(updated.get("text")).isEqualTo("hello, edited");
            assertThat(updated.get("edited")).isEqualTo(true);
            assertThat(number(updated, "cursor")).isEqualTo(2);
            assertThat(number(deleted, "id")).isEqualTo(Chats.id(sent));
            assertThat(number(deleted, "deleted_by")).isEqualTo(owner.userId());
            assertThat(number(deleted, "cursor")).isEqualTo(3);
            assertThat(socket.all()).noneMatch(f -> "not here".equals(payload(f).get("text")));
        }
    }

    @Test
    void frameActionsOnAChatSocketAreAcknowledgedAndReachTheOtherSideAndTheSendersOtherDevice() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient aliceSocket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken());
                WsClient alicePhone = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient bobSocket = WsClient.open(server, "/api/v1/chat/" + chat, bob.accessToken())) {
            aliceSocket.next("history", null);
            alicePhone.next("message", "unread_messages");
            bobSocket.next("history", null);

            aliceSocket.send(Map.of(
                    "type",
                    "message",
                    "text",
                    "hi bob",
                    "client_id",
                    "c-1",
                    "author",
                    Map.of("id", bob.userId(), "name", "forged")));
            Map<String, Object> ack = payload(aliceSocket.next("ack", null));
            long id = number(ack, "id");
            Map<String, Object> atBob = payload(bobSocket.next("message", "message"));
            assertThat(number(atBob, "id")).isEqualTo(id);
            assertThat(number(Frames.map(atBob, "author"), "id")).isEqualTo(alice.userId());
            assertThat(atBob.get("client_id")).isEqualTo("c-1");
            assertThat(number(Frames.message(alicePhone.next(Frames.newMessage(chat))), "id"))
                    .isEqualTo(id);
            // the sending socket gets its message too (before its ack), exactly once
            assertThat(aliceSocket.all())
                    .filteredOn(Frames.of("message", "message"))
                    .extracting(f -> number(payload(f), "id"))
                    .containsExactly(id);

            aliceSocket.send(Map.of("type", "update", "id", id, "text", "hi Bob"));
            assertThat(payload(aliceSocket.next("ack", null)).get("action")).isEqualTo("update");
            assertThat(payload(bobSocket.next("message", "update")).get("text")).isEqualTo("hi Bob");

            aliceSocket.send(Map.of("type", "delete", "id", id));
            assertThat(payload(aliceSocket.next("ack", null)).get("action")).isEqualTo("delete");
            assertThat(number(payload(bobSocket.next("message", "delete")), "id"))
                    .isEqualTo(id);
            assertThat(chats.history(bob, "/api/v1/chat/" + chat)).isEmpty();
        }
    }

    @Test
    void theEnvelopeFormWorksAsWellAsTheBareForm() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            socket.next("history", null);
            socket.send(Map.of("type", "message", "payload", Map.of("type", "message", "text", "enveloped")));
            assertThat(payload(socket.next("ack", null)).get("action")).isEqualTo("message");
        }
        List<Map<String, Object>> history = chats.history(bob, "/api/v1/chat/" + chat);
        assertThat(history).extracting(m -> m.get("text")).containsExactly("enveloped");
    }

    @Test
    void readReceiptsReachTheOtherMemberAndTheAuthorLearnsWhenEveryoneHasRead() {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long group = chats.group(owner, "Receipts", bob, carol);
        Map<String, Object> sent = chats.send(owner, "/api/v1/group/" + group, "read me");
        long id = Chats.id(sent);

        try (WsClient ownerMain = WsClient.open(server, "/api/v1/main", owner.accessToken());
                WsClient bobSocket = WsClient.open(server, "/api/v1/group/" + group, bob.accessToken());
                WsClient carolSocket = WsClient.open(server, "/api/v1/group/" + group, carol.accessToken())) {
            ownerMain.next("message", "unread_messages");
            bobSocket.next("history", null);
            carolSocket.next("history", null);

            bobSocket.send(Map.of("type", "read", "id", id));
            assertThat(number(payload(bobSocket.next("ack", null)), "seq")).isEqualTo(1);
            Map<String, Object> seenByCarol = payload(carolSocket.next("message", "read"));
            assertThat(number(Frames.map(seenByCarol, "author"), "id")).isEqualTo(bob.userId());
            assertThat(seenByCarol.get("read")).isEqualTo(false);

            carolSocket.send(Map.of("type", "read", "id", id));
            Map<String, Object> toAuthor =
                    payload(ownerMain.next(f -> "read".equals(payload(f).get("type"))
                            && Boolean.TRUE.equals(payload(f).get("read"))));
            assertThat(number(toAuthor, "id")).isEqualTo(id);
            assertThat(number(Frames.map(toAuthor, "author"), "id")).isEqualTo(carol.userId());
        }
    }
}
