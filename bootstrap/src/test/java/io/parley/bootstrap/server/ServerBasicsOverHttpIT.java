package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import org.junit.jupiter.api.Test;

class ServerBasicsOverHttpIT {
    private final Api api = TestServer.api();

    @Test
    void healthReportsTheStatusButNoDetailsToAnonymousOrLoggedInCallers() {
        Api.Reply anonymous = api.get("/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json()).containsEntry("status", "UP");
        assertThat(anonymous.json().get("details")).isNull();

        // component details are the operator's (HealthOverHttpIT)
        Api.Reply health = api.get("/health", api.register().accessToken());
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json()).containsEntry("status", "UP");
        assertThat(health.json().get("details")).isNull();
    }

    @Test
    void unknownPathsAre404JsonEvenWithAToken() {
        Api.Session session = api.register();
        Api.Reply reply = api.get("/api/v1/no-such-thing", session.accessToken());
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.error()).isEqualTo("not_found");
    }

    @Test
    void wrongMethodIs405Json() {
        Api.Reply reply = api.send("DELETE", "/api/v1/auth/login", null);
        assertThat(reply.status()).isEqualTo(405);
        assertThat(reply.error()).isEqualTo("request.method_not_allowed");
    }
}
