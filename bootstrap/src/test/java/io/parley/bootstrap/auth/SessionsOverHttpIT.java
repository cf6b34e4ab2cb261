package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.Tokens;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SessionsOverHttpIT {
    private final Api api = TestServer.api();

    private Api.Reply me(String token) {
        return api.get("/api/v1/auth/me", token);
    }

    private Api.Reply refresh(String refreshToken) {
        return api.postJson("/api/v1/auth/refresh", Map.of("refresh_token", refreshToken), null);
    }

    private static void assertUnauthorized(Api.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(reply.json()).containsKeys("error", "message");
    }

    @Test
    void theAccessTokenNamesTheUserInSubAndTheSessionInSid() {
        Api.Session session = api.register();
        assertThat(Tokens.claim(session.accessToken(), "sub")).isEqualTo(Long.toString(session.userId()));
        assertThat(Tokens.claim(session.accessToken(), "sid")).asString().hasSize(36);
    }

    @Test
    void missingGarbageForgedAndExpiredTokensAre401() {
        Api.Session session = api.register();
        assertThat(me(session.accessToken()).status()).isEqualTo(200);

        assertUnauthorized(me(null));
        assertUnauthorized(me("not-a-jwt"));
        assertUnauthorized(me(Tokens.resign(
                session.accessToken(),
                "some-other-secret-that-is-long-enough-0123456",
                Instant.now().plusSeconds(600))));
        assertUnauthorized(me(Tokens.resign(
                session.accessToken(), TestServer.JWT_SECRET, Instant.now().minusSeconds(60))));
        assertThat(me(null).error()).isEqualTo("auth.unauthorized");
    }

    @Test
    void refreshRotatesAndTheOldRefreshTokenStopsWorking() {
        Api.Session session = api.register();
        Api.Reply rotated = refresh(session.refreshToken());

        assertThat(rotated.status()).isEqualTo(200);
        assertThat(rotated.string("refresh_token")).isNotEqualTo(session.refreshToken());
        assertThat(me(rotated.string("access_token")).status()).isEqualTo(200);
        assertThat(refresh(rotated.string("refresh_token")).status()).isEqualTo(200);
    }

    @Test
    void reusingAnOldRefreshTokenRevokesTheWholeSession() {
        Api.Session session = api.register();
        Api.Reply rotated = refresh(session.refreshToken());
        assertThat(rotated.status()).isEqualTo(200);

        Api.Reply replay = refresh(session.refreshToken());
        assertUnauthorized(replay);
        assertThat(replay.error()).isEqualTo("auth.invalid_refresh_token");

        // every token of that login is dead now: the newest refresh token and both access tokens
        assertUnauthorized(refresh(rotated.string("refresh_token")));
        assertThat(me(rotated.string("access_token")).error()).isEqualTo("auth.session_revoked");
        assertUnauthorized(me(session.accessToken()));
    }

    @Test
    void unknownRefreshTokensAre401AndAMissingOneIs400() {
        assertUnauthorized(refresh("never-issued"));
        Api.Reply missing = api.postJson("/api/v1/auth/refresh", Map.of(), null);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.error()).isEqualTo("auth.missing_refresh_token");
    }

    @Test
    void aClientStillSendingALoggedOutTokenCanLogInAgain() {
        String name = Api.uniqueName("stale");
        Api.Session old = api.register(name, "correct horse");
        api.postJson("/api/v1/auth/logout", Map.of(), null);
        assertThat(api.postJson("/api/v1/auth/logout", Map.of(), old.accessToken())
                        .status())
                .isEqualTo(204);

        Api.Reply login = api.postJson(
                "/api/v1/auth/login", Map.of("login", name, "password", "correct horse"), old.accessToken());
        assertThat(login.status()).isEqualTo(200);
        assertThat(api.get("/health", old.accessToken()).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/no-such-thing", old.accessToken()).status()).isEqualTo(404);
        assertThat(me(login.string("access_token")).status()).isEqualTo(200);
    }

    @Test
    void logoutKillsTheCurrentSessionButNotTheUsersOthers() {
        String name = Api.uniqueName("out");
        Api.Session phone = api.register(name, "correct horse");
        Api.Session laptop = api.logIn(name, "correct horse");

        Api.Reply logout = api.postJson("/api/v1/auth/logout", Map.of(), phone.accessToken());
        assertThat(logout.status()).isEqualTo(204);

        assertUnauthorized(me(phone.accessToken()));
        assertUnauthorized(refresh(phone.refreshToken()));
        assertThat(me(laptop.accessToken()).status()).isEqualTo(200);
        assertThat(refresh(laptop.refreshToken()).status()).isEqualTo(200);
    }

    @Test
    void logoutAllKillsEverySessionOfTheUserOnly() {
        String name = Api.uniqueName("all");
        Api.Session phone = api.register(name, "correct horse");
        Api.Session laptop = api.logIn(name, "correct horse");
        Api.Session stranger = api.register();

        assertThat(api.postJson("/api/v1/auth/logout-all", Map.of(), laptop.accessToken())
                        .status())
                .isEqualTo(204);

        assertUnauthorized(me(phone.accessToken()));
        assertUnauthorized(me(laptop.accessToken()));
        assertUnauthorized(refresh(phone.refreshToken()));
        assertUnauthorized(refresh(laptop.refreshToken()));
        assertThat(me(stranger.accessToken()).status()).isEqualTo(200);
        assertThat(api.logIn(name, "correct horse").accessToken()).isNotBlank();
    }

    @Test
    void logoutNeedsAToken() {
        assertUnauthorized(api.postJson("/api/v1/auth/logout", Map.of(), null));
        assertUnauthorized(api.postJson("/api/v1/auth/logout-all", Map.of(), null));
    }
}
