package io.parley.bootstrap.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.Chats;
import io.parley.bootstrap.support.LimitedServer;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every REST limit refuses with 429 {@code request.rate_limited}, {@code Retry-After} and {@code RateLimit-*}
 * headers, and the refused request changes nothing; other addresses and users keep their own buckets.
 */
class RateLimitsOverHttpIT {
    private static Parley server;
    private static Api api;
    private static Chats chats;

    @BeforeAll
    static void start() {
        server = LimitedServer.start(
                "register-per-address", "3/1h",
                "login-per-address", "3/1h",
                "send-per-user", "5/1h",
                "uploads-per-user", "3/1d",
                "upload-bytes-per-user", "64KB/1d");
        api = new Api(server);
        chats = new Chats(api);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void registrationsBeyondTheLimitOfOneAddressAre429WithRateLimitHeaders() {
        String address = LimitedServer.freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(register(Api.uniqueName("reg"), address).status()).isEqualTo(201);
        }
        String refusedName = Api.uniqueName("reg");
        Api.Reply refused = register(refusedName, address);

        assertRateLimited(refused, 3);
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 3600L);
        // nothing was stored: the name is still free, from another address
        assertThat(register(refusedName, LimitedServer.freshAddress()).status()).isEqualTo(201);
    }

    @Test
    void loginsBeyondTheLimitOfOneAddressAre429WhateverTheName() {
        Api.Session user = LimitedServer.register(api);
        String name = api.get("/api/v1/auth/me", user.accessToken()).string("username");
        String address = LimitedServer.freshAddress();
        for (int i = 0; i < 3; i++) {
            assertThat(logIn(name, address).status()).isEqualTo(200);
        }

        assertRateLimited(logIn(name, address), 3);
        assertRateLimited(logIn(Api.uniqueName("ghost"), address), 3);
        assertThat(logIn(name, LimitedServer.freshAddress()).status()).isEqualTo(200);
    }

    @Test
    void sendsBeyondTheUserLimitAre429AndStoreNothingWhileOthersStillSend() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        String chat = "/api/v1/chat/" + chats.open(alice, bob);
        for (int i = 0; i < 5; i++) {
            chats.send(alice, chat, "hello " + i);
        }

        assertRateLimited(api.postJson(chat + "/messages", Map.of("text", "one too many"), alice.accessToken()), 5);
        assertRateLimited(
                api.postJson(
                        "/api/v1/direct/" + bob.userId() + "/messages", Map.of("text", "direct"), alice.accessToken()),
                5);
        assertThat(chats.history(bob, chat)).hasSize(5);
        chats.send(bob, chat, "bob has a bucket of his own");
    }

    @Test
    void anOutsiderAtTheLimitGetsTheSame429ForAChatItIsNotInAndForNoChatAtAll() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        Api.Session eve = LimitedServer.register(api);
        long chat = chats.open(alice, bob);
        // below the limit an outsider gets the not-found answer, the same for a real chat and for none
        for (int i = 0; i < 5; i++) {
            assertThat(api.postJson(
                                    "/api/v1/chat/" + (i % 2 == 0 ? chat : 999_999_999L) + "/messages",
                                    Map.of("text", "spam"),
                                    eve.accessToken())
                            .status())
                    .isEqualTo(404);
        }

        // limits are counted before the chat is looked at, so the refusal says nothing about it
        Api.Reply real = api.postJson("/api/v1/chat/" + chat + "/messages", Map.of("text", "x"), eve.accessToken());
        Api.Reply none = api.postJson("/api/v1/chat/999999999/messages", Map.of("text", "x"), eve.accessToken());

        assertRateLimited(real, 5);
        assertRateLimited(none, 5);
        assertThat(real.body()).isEqualTo(none.body());
        assertThat(chats.history(alice, "/api/v1/chat/" + chat)).isEmpty();
    }

    @Test
    void uploadsBeyondTheDailyFileCountAre429AndStoreNothing() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        long chat = chats.open(alice, bob);
        byte[] png = MediaFixtures.image("png", 8, 8);
        assertThat(upload(
                                alice,
                                chat,
                                new Multipart()
                                        .file("photos", "a.png", "image/png", png)
                                        .file("photos", "b.png", "image/png", png))
                        .status())
                .isEqualTo(200);

        Api.Reply refused = upload(
                alice,
                chat,
                new Multipart().file("photos", "c.png", "image/png", png).file("photos", "d.png", "image/png", png));

        assertRateLimited(refused, 3);
        assertThat(api.get("/api/v1/chat/" + chat + "/files", alice.accessToken())
                        .body())
                .contains("a.png")
                .doesNotContain("c.png");
        assertThat(upload(alice, chat, new Multipart().file("photos", "e.png", "image/png", png))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void uploadsBeyondTheDailyByteBudgetAre429() {
        Api.Session alice = LimitedServer.register(api);
        Api.Session bob = LimitedServer.register(api);
        long chat = chats.open(alice, bob);
        byte[] video = MediaFixtures.mp4(40_000);
        String path = "/api/v1/chat/" + chat + "/video";
        Multipart form = new Multipart().file("videos", "clip.mp4", "video/mp4", video);
        Api.Reply first = api.post(path, form.contentType(), form.bytes(), alice.accessToken());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);

        Api.Reply refused = api.post(path, form.contentType(), form.bytes(), alice.accessToken());

        assertRateLimited(refused, 64 * 1024);
    }

    static void assertRateLimited(Api.Reply reply, long limit) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
        assertThat(reply.error()).isEqualTo("request.rate_limited");
        assertThat(reply.string("message")).isNotBlank();
        assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
        assertThat(reply.header("RateLimit-Limit")).isEqualTo(Long.toString(limit));
        assertThat(Long.parseLong(reply.header("RateLimit-Remaining"))).isLessThan(limit);
        assertThat(Long.parseLong(reply.header("RateLimit-Reset")))
                .isGreaterThanOrEqualTo(Long.parseLong(reply.header("Retry-After")));
    }

    private static Api.Reply register(String name, String address) {
        return api.postJson(
                "/api/v1/auth/register",
                Map.of("username", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                address);
    }

    private static Api.Reply logIn(String name, String address) {
        return api.postJson(
                "/api/v1/auth/login",
                Map.of("login", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                address);
    }

    private static Api.Reply upload(Api.Session who, long chat, Multipart form) {
        return api.post("/api/v1/chat/" + chat + "/img", form.contentType(), form.bytes(), who.accessToken());
    }
}
