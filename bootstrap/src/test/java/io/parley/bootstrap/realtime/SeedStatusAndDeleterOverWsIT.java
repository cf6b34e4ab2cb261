package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.map;
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

/**
 * Seed 000's message payload carries the author's presence as {@code status {type, user_id, online}}, and its
 * {@code delete} frame names who deleted as {@code author {id, name}}: both arrive live, in history and on resume.
 */
class SeedStatusAndDeleterOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void everyMessageViewCarriesItsAuthorsPresenceAsTheSeedStatus() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session carol = api.register();
        long group = chats.group(alice, "Presence", bob, carol);
        String path = "/api/v1/group/" + group;
        try (WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            aliceMain.next("message", "unread_messages");
            try (WsClient bobChat = WsClient.open(server, path, bob.accessToken())) {
                bobChat.next("history", null);
                Map<String, Object> fromOnline = chats.send(alice, path, "alice has a socket open");
                Map<String, Object> fromOffline = chats.send(carol, path, "carol has none");

                assertThat(map(fromOnline, "status")).isEqualTo(status(alice, true));
                assertThat(map(fromOffline, "status")).isEqualTo(status(carol, false));
                assertThat(map(payload(bobChat.next("message", "message")), "status"))
                        .isEqualTo(status(alice, true));
                assertThat(map(payload(bobChat.next("message", "message")), "status"))
                        .isEqualTo(status(carol, false));

                Api.Reply edited = api.patchJson(
                        path + "/messages/" + Chats.id(fromOnline), Map.of("text", "edited"), alice.accessToken());
                assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
                assertThat(edited.map("status")).isEqualTo(status(alice, true));
                assertThat(map(payload(bobChat.next("message", "update")), "status"))
                        .isEqualTo(status(alice, true));
            }
            List<Map<String, Object>> history = chats.history(bob, path);
            assertThat(history)
                    .extracting(m -> map(m, "status"))
                    .containsExactly(status(alice, true), status(carol, false));
            try (WsClient bobChat = WsClient.open(server, path, bob.accessToken())) {
                List<Map<String, Object>> recent = Frames.list(payload(bobChat.next("history", null)), "messages");
                assertThat(recent)
                        .extracting(m -> map(m, "status"))
                        .containsExactly(status(alice, true), status(carol, false));
            }
        }
        // alice's last socket closed: once presence says so, the same history says she is offline
        awaitOffline(alice, bob);
        assertThat(chats.history(bob, path))
                .extracting(m -> map(m, "status"))
                .containsExactly(status(alice, false), status(carol, false));
        Api.Reply list = api.get("/api/v1/chats", bob.accessToken());
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        Map<String, Object> room = list.list("rooms").stream()
                .filter(r -> number(r, "id") == group)
                .findFirst()
                .orElseThrow();
        assertThat(map(map(room, "last_message"), "status")).isEqualTo(status(carol, false));
    }

    @Test
    void aDeleteFrameNamesTheDeleterAsTheSeedAuthorLiveAndOnResume() {
        Api.Session owner = api.register();
        Api.Session bob = api.register();
        long group = chats.group(owner, "Moderated", bob);
        String path = "/api/v1/group/" + group;
        Map<String, Object> live = chats.send(bob, path, "removed while watched");
        Map<String, Object> away = chats.send(bob, path, "removed while away");
        String ownerName =
                (String) map(chats.send(owner, path, "house rules"), "author").get("name");
        long cursor;
        try (WsClient bobChat = WsClient.open(server, path, bob.accessToken())) {
            bobChat.next("history", null);
            assertThat(api.delete(path + "/messages/" + Chats.id(live), owner.accessToken())
                            .status())
                    .isEqualTo(200);
            Map<String, Object> deleted = payload(bobChat.next("message", "delete"));
            assertThat(number(deleted, "deleted_by")).isEqualTo(owner.userId());
            assertThat(map(deleted, "author")).isEqualTo(Map.of("id", (int) owner.userId(), "name", ownerName));
            cursor = number(deleted, "cursor");
        }
        assertThat(api.delete(path + "/messages/" + Chats.id(away), owner.accessToken())
                        .status())
                .isEqualTo(200);
        try (WsClient bobChat = WsClient.open(server, path + "?since=" + cursor, bob.accessToken())) {
            Map<String, Object> caughtUp = payload(bobChat.next("message", "delete"));
            assertThat(number(caughtUp, "id")).isEqualTo(Chats.id(away));
            assertThat(map(caughtUp, "author")).isEqualTo(Map.of("id", (int) owner.userId(), "name", ownerName));
        }
    }

    private void awaitOffline(Api.Session user, Api.Session asker) {
        long deadline = System.nanoTime() + WsClient.WAIT.toNanos();
        while (Boolean.TRUE.equals(api.get("/api/v1/user/" + user.userId() + "/presence", asker.accessToken())
                .json()
                .get("online"))) {
            assertThat(System.nanoTime())
                    .as("user %d still online", user.userId())
                    .isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static Map<String, Object> status(Api.Session author, boolean online) {
        return Map.of("type", "status", "user_id", (int) author.userId(), "online", online);
    }
}
