package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.number;
import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.Frames;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.WsClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A client that drops and comes back with its cursor misses nothing: every change after it, or a gap frame. */
class ResumeOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void aChatSocketResumedWithSinceGetsTheMessagesEditsAndDeletesItMissedInOrder() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat;
        Map<String, Object> seen = chats.send(alice, path, "seen before the drop");
        Map<String, Object> doomed = chats.send(alice, path, "deleted while away");
        long cursor;
        try (WsClient socket = WsClient.open(server, path, bob.accessToken())) {
            cursor = number(payload(socket.next("history", null)), "cursor");
        }
        assertThat(cursor).isEqualTo(2);

        api.patchJson(path + "/messages/" + Chats.id(seen), Map.of("text", "edited while away"), alice.accessToken());
        api.delete(path + "/messages/" + Chats.id(doomed), alice.accessToken());
        chats.send(alice, path, "new while away");
        Map<String, Object> gone = chats.send(alice, path, "sent and deleted while away");
        api.delete(path + "/messages/" + Chats.id(gone), alice.accessToken());

        try (WsClient socket = WsClient.open(server, path + "?since=" + cursor, bob.accessToken())) {
            Map<String, Object> edit = payload(socket.next("message", null));
            Map<String, Object> delete = payload(socket.next("message", null));
            Map<String, Object> created = payload(socket.next("message", null));
            assertThat(List.of(edit.get("type"), delete.get("type"), created.get("type")))
                    .containsExactly("update", "delete", "message");
            assertThat(edit.get("text")).isEqualTo("edited while away");
            assertThat(number(delete, "id")).isEqualTo(Chats.id(doomed));
            assertThat(created.get("text")).isEqualTo("new while away");
            assertThat(socket.all()).noneMatch(f -> "history".equals(f.get("type")));
            // the message created and deleted while away is not news; live frames continue after it
            chats.send(alice, path, "live again");
            Map<String, Object> live = payload(socket.next("message", "message"));
            assertThat(live.get("text")).isEqualTo("live again");
            assertThat(number(live, "cursor")).isEqualTo(8);
            assertThat(socket.all())
                    .filteredOn(f -> "message".equals(f.get("type")))
                    .hasSize(4);
        }
    }

    @Test
    void theMainSocketResumesTheChatsAResumeFrameListsAndAcknowledgesEachWithItsCursor() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        long group = chats.group(alice, "Resumable", bob);
        chats.send(alice, "/api/v1/chat/" + chat, "one");
        chats.send(alice, "/api/v1/group/" + group, "two");
        chats.send(alice, "/api/v1/group/" + group, "three");

        try (WsClient socket = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            socket.next("message", "unread_messages");
            Map<String, Object> cursors = new LinkedHashMap<>();
            cursors.put(String.valueOf(chat), 0);
            cursors.put(String.valueOf(group), 1);
            socket.send(Map.of("type", "resume", "chats", cursors));
            Map<String, Object> first = Frames.message(socket.next(Frames.newMessage(chat)));
            Map<String, Object> ackChat = payload(socket.next("ack", null));
            Map<String, Object> third = Frames.message(socket.next(Frames.newMessage(group)));
            Map<String, Object> ackGroup = payload(socket.next("ack", null));
            assertThat(first.get("text")).isEqualTo("one");
            assertThat(third.get("text")).isEqualTo("three");
            assertThat(number(ackChat, "cursor")).isEqualTo(1);
            assertThat(number(ackGroup, "cursor")).isEqualTo(2);
            // "two" was at or before the group cursor the client named
            assertThat(socket.all())
                    .filteredOn(f -> "notification".equals(f.get("type")))
                    .extracting(f -> Frames.message(f).get("text"))
                    .containsExactly("one", "three");
        }
    }

    @Test
    void moreThanAThousandMissedChangesGiveAGapFrameInsteadOfAFlood() throws Exception {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);
        String path = "/api/v1/chat/" + chat;
        ExecutorService senders = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sends = IntStream.range(0, 4)
                    .<Future<?>>mapToObj(t -> senders.submit(() -> {
                        for (int i = 0; i < 251; i++) {
                            chats.send(alice, path, "bulk " + t + "/" + i);
                        }
                    }))
                    .toList();
            for (Future<?> send : sends) {
                send.get();
            }
        } finally {
            senders.shutdown();
        }

        try (WsClient socket = WsClient.open(server, path + "?since=0", bob.accessToken());
                WsClient upToDate = WsClient.open(server, path + "?since=4", bob.accessToken())) {
            Map<String, Object> gap = socket.next("gap", null);
            assertThat(number(payload(gap), "cursor")).isEqualTo(1004);
            chats.send(alice, path, "after the gap");
            assertThat(payload(socket.next("message", "message")).get("text")).isEqualTo("after the gap");
            assertThat(socket.all())
                    .filteredOn(f -> "message".equals(f.get("type")))
                    .hasSize(1);
            assertThat(upToDate.awaitCount(f -> "message".equals(f.get("type")), 1001, WsClient.WAIT))
                    .hasSize(1001);
        }
    }
}
