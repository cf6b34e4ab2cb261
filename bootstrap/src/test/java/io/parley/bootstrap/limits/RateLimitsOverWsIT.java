package io.parley.bootstrap.limits;

import static io.parley.bootstrap.support.Frames.payload;
import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.LimitedServer;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.WsClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Socket limits: a refused send or typing frame gets an {@code error} frame {@code request.rate_limited} with
 * {@code retry_after_ms}; a socket that keeps flooding is closed with 1008; opening sockets beyond the limits is
 * refused with 429 before the upgrade.
 */
class RateLimitsOverWsIT {
    private static Parley server;
    private static Api api;
    private static Chats chats;

    @BeforeAll
    static void start() {
        server = LimitedServer.start(
                "send-per-user", "3/1h",
                "typing-per-user", "3/1h",
                "socket-opens-per-user", "6/1h",
                "open-sockets-per-user", "2",
                "socket-refusals-before-close", "4");
        api = new Api(server);
        chats = new Chats(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aSendBeyondTheLimitGetsARateLimitedErrorFrameAndIsNotStored() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        long chat = chats.open(alice, bob);
        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            for (int i = 0; i < 3; i++) {
                socket.send(Map.of("type", "message", "text", "hi " + i, "client_id", "c" + i));
                assertThat(payload(socket.next("ack", null))).containsEntry("client_id", "c" + i);
            }
            socket.send(Map.of("type", "message", "text", "too many", "client_id", "c3"));

            Map<String, Object> error = payload(socket.next("error", null));
            assertThat(error)
                    .containsEntry("error", "request.rate_limited")
                    .containsEntry("kind", "rate_limited")
                    .containsEntry("client_id", "c3");
            assertThat(((Number) error.get("retry_after_ms")).longValue()).isPositive();
            assertThat(socket.isClosed()).isFalse();
        }
        // the REST side spends from the same bucket
        assertThat(api.postJson("/api/v1/chat/" + chat + "/messages", Map.of("text", "rest"), alice.accessToken())
                        .status())
                .isEqualTo(429);
        assertThat(chats.history(bob, "/api/v1/chat/" + chat)).hasSize(3);
    }

    @Test
    void aSocketThatKeepsSendingTypingFramesAfterBeingToldIsClosedWith1008() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        long chat = chats.open(alice, bob);
        try (WsClient socket = WsClient.open(server, "/api/v1/chat/" + chat, alice.accessToken())) {
            for (int i = 0; i < 50; i++) {
                socket.send(Map.of("type", "typing"));
            }

            assertThat(socket.closeCode(Duration.ofSeconds(10))).isEqualTo(1008);
            assertThat(socket.all().stream()
                            .filter(frame -> "error".equals(frame.get("type")))
                            .map(frame -> payload(frame).get("error")))
                    .hasSize(3)
                    .containsOnly("request.rate_limited");
        }
    }

    @Test
    void socketsBeyondTheOpenCountAreRefusedWith429BeforeTheUpgrade() {
        Api.Session alice = LimitedServer.register(api);
        try (WsClient first = WsClient.open(server, "/api/v1/main", alice.accessToken());
                WsClient second = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
            // presence counts a socket once it has opened, just after the 101
            pause(500);

            RawUpgrade.Answer third = RawUpgrade.request(server, "/api/v1/main", alice.accessToken());

            assertThat(third.status()).isEqualTo(429);
            assertThat(third.body()).contains("\"error\":\"request.rate_limited\"");
        }
    }

    @Test
    void openingSocketsFasterThanTheLimitIsRefusedWith429() {
        Api.Session alice = LimitedServer.register(api);
        for (int i = 0; i < 6; i++) {
            try (WsClient socket = WsClient.open(server, "/api/v1/main", alice.accessToken())) {
                assertThat(socket.isClosed()).isFalse();
            }
            // the count of open sockets drops once the close is handled; only the opening rate may refuse here
            pause(200);
        }

        RawUpgrade.Answer refused = RawUpgrade.request(server, "/api/v1/main", alice.accessToken());

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.body()).contains("\"error\":\"request.rate_limited\"");
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
