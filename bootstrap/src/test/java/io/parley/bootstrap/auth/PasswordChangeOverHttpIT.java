package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PasswordChangeOverHttpIT {
    private final Api api = TestServer.api();

    private Api.Reply change(String token, String current, String next) {
        return api.postJson("/api/v1/auth/password", Map.of("current_password", current, "new_password", next), token);
    }

    @Test
    void changingThePasswordKeepsThisSessionAndLogsOutTheOthers() {
        String name = Api.uniqueName("pw");
        Api.Session phone = api.register(name, "correct horse");
        Api.Session laptop = api.logIn(name, "correct horse");

        assertThat(change(phone.accessToken(), "correct horse", "battery staple")
                        .status())
                .isEqualTo(204);

        assertThat(api.get("/api/v1/auth/me", phone.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/auth/me", laptop.accessToken()).error()).isEqualTo("auth.session_revoked");
        assertThat(api.postJson("/api/v1/auth/login", Map.of("login", name, "password", "correct horse"), null)
                        .status())
                .isEqualTo(401);
        assertThat(api.logIn(name, "battery staple").accessToken()).isNotBlank();
    }

    @Test
    void aWrongCurrentPasswordIs403AndNothingChanges() {
        String name = Api.uniqueName("pw");
        Api.Session session = api.register(name, "correct horse");

        Api.Reply wrong = change(session.accessToken(), "not it", "battery staple");

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.error()).isEqualTo("auth.wrong_password");
        assertThat(api.logIn(name, "correct horse").accessToken()).isNotBlank();
    }

    @Test
    void badInputIs400AndNoTokenIs401() {
        Api.Session session = api.register();
        Api.Reply tooShort = change(session.accessToken(), "correct horse battery", "short");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.error()).isEqualTo("user.invalid_password");
        Api.Reply missing =
                api.postJson("/api/v1/auth/password", Map.of("new_password", "battery staple"), session.accessToken());
        assertThat(missing.error()).isEqualTo("auth.missing_current_password");
        assertThat(change(null, "correct horse battery", "battery staple").status())
                .isEqualTo(401);
    }
}
