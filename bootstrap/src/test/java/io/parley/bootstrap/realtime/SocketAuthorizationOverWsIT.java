package io.parley.bootstrap.realtime;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.Tokens;
import io.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** No socket ever opens into a chat the user is not in, and a removed member stops hearing at once. */
class SocketAuthorizationOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void anUpgradeWithoutAValidTokenIsRefusedWith401() {
        Api.Session alice = api.register();
        String expired = Tokens.resign(
                alice.accessToken(), TestServer.JWT_SECRET, Instant.now().minusSeconds(60));
        String forged = Tokens.resign(
                alice.accessToken(),
                "another-secret-that-is-long-enough-0123456789",
                Instant.now().plusSeconds(600));

        for (String path : List.of("/api/v1/main", "/api/v1/chat/1", "/api/v1/group/1")) {
            assertThat(RawUpgrade.request(server, path, null).status()).as(path).isEqualTo(401);
            assertThat(RawUpgrade.request(server, path, "junk").status())
                    .as(path)
                    .isEqualTo(401);
            assertThat(RawUpgrade.request(server, path, expired).status())
                    .as(path)
                    .isEqualTo(401);
            assertThat(RawUpgrade.request(server, path, forged).status())
                    .as(path)
                    .isEqualTo(401);
        }
    }

    @Test
    void aLoggedOutSessionCannotOpenASocket() {
        Api.Session alice = api.register();
        assertThat(api.postJson("/api/v1/auth/logout", "", alice.accessToken()).status())
                .isEqualTo(204);

        assertThat(RawUpgrade.request(server, "/api/v1/main", alice.accessToken())
                        .status())
                .isEqualTo(401);
    }

    @Test
    void loggingOutClosesTheSocketsOfThatSessionOnlyAndLoggingOutEverywhereClosesAll() {
        Api.Session phone = api.register();
        Api.Session laptop =
                api.logIn(api.get("/api/v1/auth/me", phone.accessToken()).string("username"), "correct horse battery");

        try (WsClient onPhone = WsClient.open(server, "/api/v1/main", phone.accessToken());
                WsClient onLaptop = WsClient.open(server, "/api/v1/main", laptop.accessToken())) {
            onPhone.next("message", "unread_messages");
            onLaptop.next("message", "unread_messages");

            assertThat(api.postJson("/api/v1/auth/logout", "", phone.accessToken())
                            .status())
                    .isEqualTo(204);
            assertThat(onPhone.closeCode(WsClient.WAIT)).isEqualTo(4401);
            assertThat(onLaptop.isClosed()).isFalse();

            assertThat(api.postJson("/api/v1/auth/logout-all", "", laptop.accessToken())
                            .status())
                    .isEqualTo(204);
            assertThat(onLaptop.closeCode(WsClient.WAIT)).isEqualTo(4401);
        }
    }

    @Test
    void outsidersAndMissingChatsGet404AndNoSocket() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session eve = api.register();
        long chat = chats.open(alice, bob);
        long group = chats.group(alice, "Private", bob);

        for (String path : List.of(
                "/api/v1/chat/" + chat,
                "/api/v1/group/" + group,
                "/api/v1/chat/" + group,
                "/api/v1/group/" + chat,
                "/api/v1/chat/999999999",
                "/api/v1/group/abc",
                "/api/v1/chat/-4")) {
            RawUpgrade.Answer answer = RawUpgrade.request(server, path, eve.accessToken());
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.body()).as(path).contains("\"error\":").contains("not_found");
        }
        assertThat(RawUpgrade.request(server, "/api/v1/chat/" + chat, bob.accessToken())
                        .status())
                .isEqualTo(101);
        assertThat(RawUpgrade.request(server, "/api/v1/chat/abc", eve.accessToken())
                        .body())
                .contains("no such chat")
                .doesNotContain("chat 1");
    }

    @Test
    void aPlainGetOfASocketPathIsToldToUpgrade() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        for (String path : List.of("/api/v1/main", "/api/v1/chat/" + chat)) {
            Api.Reply reply = api.get(path, alice.accessToken());
            assertThat(reply.status()).as(path).isEqualTo(400);
            assertThat(reply.error()).as(path).isEqualTo("request.websocket_required");
        }
    }

    @Test
    void aBadHistoryQueryIsRefusedWith400() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        for (String query : List.of("limit=0", "limit=201", "limit=x", "offset=-1", "since=-2", "since=ten")) {
            RawUpgrade.Answer answer =
                    RawUpgrade.request(server, "/api/v1/chat/" + chat + "?" + query, alice.accessToken());
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.body()).as(query).contains("request.invalid_");
        }
    }

    @Test
    void browsersMayPassTheTokenAsAQueryParameter() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient socket = WsClient.openWithQueryToken(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            assertThat(payload(socket.next("history", null)).get("type")).isEqualTo("history");
        }
        assertThat(api.get("/api/v1/auth/me?access_token=" + alice.accessToken(), null)
                        .status())
                .as("only socket upgrades read the query token")
                .isEqualTo(401);
    }

    @Test
    void aRemovedMemberIsToldTheirGroupSocketClosesAndTheirMainSocketHearsNothingMore() {
        Api.Session owner = api.register();
        Api.Session member = api.register();
        long group = chats.group(owner, "Soon without you", member);

        try (WsClient groupSocket = WsClient.open(server, "/api/v1/group/" + group, member.accessToken());
                WsClient mainSocket = WsClient.open(server, "/api/v1/main", member.accessToken())) {
            groupSocket.next("history", null);
            mainSocket.next("message", "unread_messages");

            assertThat(api.deleteJson(
                                    "/api/v1/group/" + group + "/delete",
                                    Map.of("users", Chats.refs(member)),
                                    owner.accessToken())
                            .status())
                    .isEqualTo(200);

            assertThat(payload(groupSocket.next("notification", "removed_from_group"))
                            .get("chat_id"))
                    .isEqualTo((int) group);
            assertThat(groupSocket.closeCode(WsClient.WAIT)).isEqualTo(4403);
            mainSocket.next("notification", "removed_from_group");
            chats.send(owner, "/api/v1/group/" + group, "after you left");
            mainSocket.send(Map.of("type", "message", "chat_id", group, "text", "let me in"));
            Map<String, Object> refused = payload(mainSocket.next("error", null));
            assertThat(refused.get("error")).isEqualTo("chat.not_found");
            assertThat(mainSocket.all()).noneMatch(f -> f.toString().contains("after you left"));
        }
        assertThat(chats.history(owner, "/api/v1/group/" + group))
                .extracting(m -> m.get("text"))
                .containsExactly("after you left");
    }

    @Test
    void anOutsidersMainSocketNeverCarriesAChatItIsNotIn() throws InterruptedException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session eve = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient eveSocket = WsClient.open(server, "/api/v1/main", eve.accessToken())) {
            eveSocket.next("message", "unread_messages");
            chats.send(alice, "/api/v1/chat/" + chat, "secret");
            eveSocket.send(Map.of("type", "typing", "chat_id", chat));
            eveSocket.send(Map.of("type", "read", "chat_id", chat, "id", 1));
            eveSocket.send(Map.of("type", "unread", "chat_id", chat, "id", 1));
            eveSocket.send(Map.of("type", "chat_settings", "chat_id", chat, "archived", true));
            eveSocket.send(Map.of("type", "resume", "chats", Map.of(String.valueOf(chat), 0)));
            eveSocket.send(Map.of("type", "message", "chat_id", chat, "text", "hi"));
            for (int i = 0; i < 6; i++) {
                assertThat(payload(eveSocket.next("error", null)).get("error")).isEqualTo("chat.not_found");
            }
            Thread.sleep(Duration.ofMillis(300).toMillis());
            assertThat(eveSocket.all()).noneMatch(f -> f.toString().contains("secret"));
        }
        assertThat(chats.history(alice, "/api/v1/chat/" + chat))
                .extracting(m -> m.get("text"))
                .containsExactly("secret");
    }
}
