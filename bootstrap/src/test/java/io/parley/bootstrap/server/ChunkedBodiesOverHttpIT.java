package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.MediaFixtures;
import io.parley.bootstrap.support.Multipart;
import io.parley.bootstrap.support.TestServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bodies sent without a Content-Length (chunked): refused unless they are multipart uploads. */
class ChunkedBodiesOverHttpIT {
    private final Api api = TestServer.api();

    private static byte[] registration(String username, int padding) {
        String pad = padding == 0 ? "" : ",\"pad\":\"" + "a".repeat(padding) + "\"";
        return ("{\"username\":\"" + username + "\",\"password\":\"correct horse battery\"" + pad + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aChunkedJsonBodyIs411WhateverItsSizeAndChangesNothing() {
        String small = Api.uniqueName("c");
        Api.Reply huge = api.postChunked(
                "/api/v1/auth/register", "application/json", registration(Api.uniqueName("c"), 5 * 1024 * 1024), null);
        Api.Reply tiny = api.postChunked("/api/v1/auth/register", "application/json", registration(small, 0), null);

        assertThat(List.of(huge, tiny)).allSatisfy(reply -> {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(411);
            assertThat(reply.error()).isEqualTo("request.length_required");
        });
        assertThat(api.postJson("/api/v1/auth/login", Map.of("login", small, "password", "correct horse battery"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.post(
                                "/api/v1/auth/register",
                                "application/json",
                                new String(registration(small, 0), StandardCharsets.UTF_8),
                                null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void aChunkedMultipartUploadIsStillTaken() {
        Api.Session alice = api.register();
        Multipart form = new Multipart().file("photo", "me.png", "image/png", MediaFixtures.image("png", 8, 8));

        Api.Reply reply = api.postChunked("/api/v1/user/avatar", form.contentType(), form.bytes(), alice.accessToken());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.string("url")).endsWith("_me.png");
    }
}
