package io.parley.bootstrap.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.LimitedServer;
import io.parley.bootstrap.support.WsClient;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A user has at most {@code parley.limits.sessions-per-user} sessions: a login beyond that ends the oldest one — its
 * tokens stop working and its sockets close with 4401 — and leaves the newer ones alone.
 */
class SessionsPerUserOverWireIT {
    private static Parley server;
    private static Api api;

    @BeforeAll
    static void start() {
        server = LimitedServer.start("sessions-per-user", "2");
        api = new Api(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void aLoginBeyondTheCapEndsTheOldestSessionAndItsSockets() {
        String name = Api.uniqueName("cap");
        Api.Session registered = api.register(name, "correct horse battery");
        try (WsClient oldest = WsClient.open(server, "/api/v1/main", registered.accessToken())) {
            oldest.next("message", "unread_messages");
            Api.Session second = api.logIn(name, "correct horse battery");
            assertThat(api.get("/api/v1/auth/me", registered.accessToken()).status())
                    .isEqualTo(200);

            Api.Session third = api.logIn(name, "correct horse battery");

            assertThat(oldest.closeCode(WsClient.WAIT)).isEqualTo(4401);
            Api.Reply refused = api.get("/api/v1/auth/me", registered.accessToken());
            assertThat(refused.status()).isEqualTo(401);
            Api.Reply noRefresh =
                    api.postJson("/api/v1/auth/refresh", Map.of("refresh_token", registered.refreshToken()), null);
            assertThat(noRefresh.status()).as(noRefresh.toString()).isEqualTo(401);
            assertThat(api.get("/api/v1/auth/me", second.accessToken()).status())
                    .isEqualTo(200);
            assertThat(api.get("/api/v1/auth/me", third.accessToken()).status()).isEqualTo(200);
        }
    }
}
