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
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Typing goes to the other members only; presence follows sockets and is visible to contacts only. */
class TypingAndPresenceOverWsIT {
    private final Api api = TestServer.api();
    private final Chats chats = new Chats(api);
    private final Parley server = TestServer.parley();

    @Test
    void typingAndStopTypingReachTheOtherMembersButNotTheTypist() throws InterruptedException {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient aliceSocket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken());
                WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            aliceSocket.next("history", null);
            aliceMain.next("message", "unread_messages");
            bobMain.next("message", "unread_messages");

            aliceSocket.send(Map.of("type", "typing"));
            Map<String, Object> typing = payload(bobMain.next("message", "typing"));
            assertThat(number(typing, "chat_id")).isEqualTo(chat);
            assertThat(number(Frames.map(typing, "author"), "id")).isEqualTo(alice.userId());
            aliceSocket.send(Map.of("type", "stop_typing"));
            bobMain.next("message", "stop_typing");
            Thread.sleep(200);
            assertThat(aliceMain.all())
                    .noneMatch(f -> "typing".equals(payload(f).get("type")));
            assertThat(aliceSocket.all())
                    .noneMatch(f -> "typing".equals(payload(f).get("type")));
        }
    }

    @Test
    void presenceIsOnlineWhileASocketIsOpenAndStoresLastSeenWhenTheLastCloses() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        Api.Session stranger = api.register();
        chats.open(alice, bob);
        String alicePresence = "/api/v1/user/" + alice.userId() + "/presence";

        assertThat(api.get(alicePresence, bob.accessToken()).json())
                .containsEntry("online", false)
                .containsEntry("last_seen", null);
        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken())) {
            bobMain.next("message", "unread_messages");
            WsClient first = WsClient.open(server, "/api/v1/main", alice.accessToken());
            WsClient second = WsClient.open(server, "/api/v1/main", alice.accessToken());
            Map<String, Object> online = payload(bobMain.next("status", "status"));
            assertThat(number(online, "user_id")).isEqualTo(alice.userId());
            assertThat(online.get("online")).isEqualTo(true);
            second.next("message", "unread_messages");
            assertThat(api.get(alicePresence, bob.accessToken()).json()).containsEntry("online", true);
            assertThat(api.get("/api/v1/users/online", bob.accessToken()).list("users"))
                    .extracting(u -> number(u, "id"))
                    .containsExactly(alice.userId());

            first.close();
            Instant closed = Instant.now();
            second.close();
            Map<String, Object> offline = payload(bobMain.next("status", "status"));
            assertThat(offline.get("online")).isEqualTo(false);
            assertThat(Instant.parse((String) offline.get("last_seen"))).isAfterOrEqualTo(closed.minusSeconds(1));
            assertThat(bobMain.all())
                    .filteredOn(f -> "status".equals(f.get("type")))
                    .hasSize(2);
        }
        Map<String, Object> after = api.get(alicePresence, bob.accessToken()).json();
        assertThat(after).containsEntry("online", false);
        assertThat(after.get("last_seen")).isNotNull();
        assertThat(api.get(alicePresence, stranger.accessToken()).status()).isEqualTo(404);
        assertThat(api.get(alicePresence, alice.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/users/online", stranger.accessToken()).list("users"))
                .isEmpty();
    }

    @Test
    void theMainSocketOpensWithTheOnlineContactsAndAChatSocketSeesItsMembersComeAndGo() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        long chat = chats.open(alice, bob);

        try (WsClient bobMain = WsClient.open(server, "/api/v1/main", bob.accessToken());
                WsClient aliceChat = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            bobMain.next("message", "unread_messages");
            aliceChat.next("history", null);
            try (WsClient aliceMain = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
                Map<String, Object> bobOnline = payload(aliceMain.next("status", "status"));
                assertThat(number(bobOnline, "user_id")).isEqualTo(bob.userId());
            }
            bobMain.close();
            // Bob's coming online may reach the chat socket after it opened (fan-out through Redis takes a moment)
            Map<String, Object> bobOffline = payload(aliceChat.next(f -> "status".equals(f.get("type"))
                    && Boolean.FALSE.equals(payload(f).get("online"))));
            assertThat(number(bobOffline, "user_id")).isEqualTo(bob.userId());
            assertThat(bobOffline.get("online")).isEqualTo(false);
        }
    }

    @Test
    void aTypingIndicatorEndsOnItsOwnWhenNotRenewed() {
        Parley fast = TestServer.fastTimers();
        Api fastApi = new Api(fast);
        Chats fastChats = new Chats(fastApi);
        Api.Session alice = fastApi.register();
        Api.Session bob = fastApi.register();
        long chat = fastChats.open(alice, bob);

        try (WsClient aliceSocket = WsClient.open(fast, "/api/v1/chat/" + chat, alice.accessToken());
                WsClient bobSocket = WsClient.open(fast, "/api/v1/chat/" + chat, bob.accessToken())) {
            aliceSocket.next("history", null);
            bobSocket.next("history", null);
            aliceSocket.send(Map.of("type", "typing"));
            bobSocket.next("message", "typing");
            long started = System.nanoTime();
            bobSocket.next("message", "stop_typing");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThan(Duration.ofMillis(700));
        }
    }
}
