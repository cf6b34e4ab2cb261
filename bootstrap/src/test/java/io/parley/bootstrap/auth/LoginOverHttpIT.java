package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LoginOverHttpIT {
    private final Api api = TestServer.api();
    private String username;
    private String email;

    @BeforeEach
    void registerUser() {
        username = Api.uniqueName("login");
        email = username + "@example.org";
        assertThat(api.postJson(
                                "/api/v1/auth/register",
                                Map.of("username", username, "password", "correct horse", "email", email),
                                null)
                        .status())
                .isEqualTo(201);
    }

    @Test
    void logsInWithJsonByUsernameOrEmailAndReadsMe() {
        for (String login : new String[] {username, username.toUpperCase(), email}) {
            Api.Reply reply =
                    api.postJson("/api/v1/auth/login", Map.of("login", login, "password", "correct horse"), null);
            assertThat(reply.status()).as(login).isEqualTo(200);
            assertThat(reply.json()).containsEntry("token_type", "Bearer").containsKeys("refresh_token", "expires_in");

            Api.Reply me = api.get("/api/v1/auth/me", reply.string("access_token"));
            assertThat(me.status()).isEqualTo(200);
            assertThat(me.json()).containsEntry("username", username).containsEntry("email", email);
        }
    }

    @Test
    void logsInWithAFormAsSeed002ClientsDo() {
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode("correct horse", StandardCharsets.UTF_8);
        Api.Reply reply = api.post("/api/v1/auth/login", "application/x-www-form-urlencoded", form, null);
        assertThat(reply.status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", reply.string("access_token")).json())
                .containsEntry("username", username);
    }

    @Test
    void wrongPasswordAndUnknownLoginGetTheSame401() {
        Api.Reply wrong =
                api.postJson("/api/v1/auth/login", Map.of("login", username, "password", "wrong horse"), null);
        Api.Reply unknown = api.postJson(
                "/api/v1/auth/login", Map.of("login", Api.uniqueName("ghost"), "password", "correct horse"), null);

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body());
        assertThat(wrong.error()).isEqualTo("auth.invalid_credentials");
        Api.Reply nul = api.postJson(
                "/api/v1/auth/login", Map.of("login", "nul\u0000@example.org", "password", "correct horse"), null);
        assertThat(nul.status()).isEqualTo(401);
    }

    @Test
    void fiveFailuresFromOneAddressThrottleThatLoginWith429AndRetryAfter() {
        for (int i = 0; i < 5; i++) {
            assertThat(api.postJson("/api/v1/auth/login", Map.of("login", username, "password", "guess " + i), null)
                            .status())
                    .isEqualTo(401);
        }
        Api.Reply throttled =
                api.postJson("/api/v1/auth/login", Map.of("login", username, "password", "correct horse"), null);

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.error()).isEqualTo("auth.too_many_attempts");
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 900L);
        // other accounts from the same address are not affected
        String other = Api.uniqueName("other");
        api.register(other, "correct horse");
        assertThat(api.logIn(other, "correct horse").accessToken()).isNotBlank();
    }

    @Test
    void missingCredentialsAre400() {
        Api.Reply reply = api.postJson("/api/v1/auth/login", Map.of("login", username), null);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("auth.missing_credentials");
    }
}
