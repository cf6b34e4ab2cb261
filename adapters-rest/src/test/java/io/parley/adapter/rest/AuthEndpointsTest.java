package io.parley.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.parley.adapter.wire.testing.AdapterTestServer;
import io.parley.application.account.LogInCommand;
import io.parley.application.account.LogOutCommand;
import io.parley.application.account.RegisterAccountCommand;
import io.parley.application.account.SessionGrant;
import io.parley.application.account.TokenPair;
import io.parley.application.account.VerifySessionQuery;
import io.parley.application.fake.ScriptedUseCases;
import io.parley.application.profile.GetProfileQuery;
import io.parley.application.profile.UserView;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.RateLimitedException;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The auth controller and the token checks in front of every secured route, with the use cases faked. */
class AuthEndpointsTest {
    private static final UserView ALICE =
            new UserView(7, "alice", "Alice", "", "alice@example.org", Instant.parse("2025-01-02T03:04:05Z"));
    private static final TokenPair TOKENS = new TokenPair("access-1", 900, "refresh-1");
    private final Http http = new Http(AdapterTestServer.get());
    private ScriptedUseCases script;

    @BeforeEach
    void emptyScript() {
        script = AdapterTestServer.script();
    }

    @Test
    void registerAnswers201WithTheAccountAndTheTokenPairInSnakeCase() {
        script.answer(RegisterAccountCommand.class, command -> new SessionGrant(ALICE, TOKENS));

        Http.Reply reply = http.postJson(
                "/api/v1/auth/register",
                "{\"username\":\"alice\",\"password\":\"pw-123456\",\"name\":\"Alice\",\"email\":\"alice@example.org\"}",
                null);

        assertThat(reply.status()).isEqualTo(201);
        assertThat(reply.json())
                .containsEntry("access_token", "access-1")
                .containsEntry("refresh_token", "refresh-1")
                .containsEntry("token_type", "Bearer")
                .containsEntry("expires_in", 900);
        assertThat(reply.json().get("user"))
                .isEqualTo(Map.of(
                        "id",
                        7,
                        "username",
                        "alice",
                        "name",
                        "Alice",
                        "description",
                        "",
                        "email",
                        "alice@example.org",
                        "created_at",
                        "2025-01-02T03:04:05Z"));
        assertThat(script.only(RegisterAccountCommand.class))
                .isEqualTo(new RegisterAccountCommand("alice", "pw-123456", "Alice", "alice@example.org", null));
    }

    @Test
    void loginTakesAFormAsSeed002ClientsSendItAndPassesTheClientAddress() {
        script.answer(LogInCommand.class, command -> new SessionGrant(ALICE, TOKENS));

        Http.Reply reply = http.post(
                "/api/v1/auth/login", "application/x-www-form-urlencoded", "username=alice&password=pw-123456", null);

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("access_token", "access-1");
        assertThat(script.only(LogInCommand.class)).isEqualTo(new LogInCommand("alice", "pw-123456", "127.0.0.1"));
    }

    @Test
    void aRuleRejectionBecomesItsStatusAndCode() {
        script.answer(LogInCommand.class, command -> {
            throw new DomainException(ErrorKind.UNAUTHENTICATED, "auth.invalid_credentials", "wrong login");
        });

        Http.Reply reply = http.postJson("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"nope\"}", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.json()).isEqualTo(Map.of("error", "auth.invalid_credentials", "message", "wrong login"));
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
    }

    @Test
    void aThrottledLoginIs429WithRetryAfterInSeconds() {
        script.answer(LogInCommand.class, command -> {
            throw new RateLimitedException("auth.too_many_attempts", "slow down", Duration.ofSeconds(42));
        });

        Http.Reply reply = http.postJson("/api/v1/auth/login", "{\"login\":\"alice\",\"password\":\"nope\"}", null);

        assertThat(reply.status()).isEqualTo(429);
        assertThat(reply.error()).isEqualTo("auth.too_many_attempts");
        assertThat(reply.header("Retry-After")).isEqualTo("42");
    }

    @Test
    void aBodyThatIsNotJsonIs400MalformedJsonAndReachesNoUseCase() {
        Http.Reply reply = http.postJson("/api/v1/auth/register", "{\"username\": ", null);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.error()).isEqualTo("request.malformed_json");
        assertThat(script.received()).isEmpty();
    }

    @Test
    void aSecuredRouteWithoutATokenIs401WithABearerChallengeInJson() {
        Http.Reply reply = http.get("/api/v1/auth/me", null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("auth.unauthorized");
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        assertThat(script.received()).isEmpty();
    }

    @Test
    void aTokenSignedWithAnotherSecretIs401() {
        String forged = AdapterTestServer.sign(
                "another-secret-that-is-long-enough-for-hs256",
                new JWTClaimsSet.Builder()
                        .subject("7")
                        .claim("sid", UUID.randomUUID().toString()));

        Http.Reply reply = http.get("/api/v1/auth/me", forged);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("auth.unauthorized");
        assertThat(script.received()).isEmpty();
    }

    @Test
    void meAnswersTheCallerNamedByTheTokensSubjectOnceItsSessionIsActive() {
        UUID session = UUID.randomUUID();
        script.answer(VerifySessionQuery.class, query -> true);
        script.answer(GetProfileQuery.class, query -> ALICE);

        Http.Reply reply = http.get("/api/v1/auth/me", AdapterTestServer.token(7, session));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json()).containsEntry("username", "alice").containsEntry("email", "alice@example.org");
        assertThat(script.received())
                .containsExactly(
                        new VerifySessionQuery(new SessionId(session), UserId.of(7)),
                        new GetProfileQuery(UserId.of(7)));
    }

    @Test
    void aTokenOfALoggedOutSessionIs401SessionRevokedBeforeTheControllerRuns() {
        script.answer(VerifySessionQuery.class, query -> false);

        Http.Reply reply = http.get("/api/v1/auth/me", AdapterTestServer.token(7, UUID.randomUUID()));

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("auth.session_revoked");
        assertThat(script.received()).hasSize(1).first().isInstanceOf(VerifySessionQuery.class);
    }

    @Test
    void aTokenWhoseSubjectIsNoUserIdIs401InvalidSubject() {
        script.answer(VerifySessionQuery.class, query -> true);
        String token = AdapterTestServer.sign(AdapterTestServer.SECRET, new JWTClaimsSet.Builder().subject("alice"));

        Http.Reply reply = http.get("/api/v1/auth/me", token);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.error()).isEqualTo("auth.invalid_subject");
    }

    @Test
    void logoutEndsTheSessionTheTokenNamesWith204() {
        UUID session = UUID.randomUUID();
        script.answer(VerifySessionQuery.class, query -> true);
        script.answer(LogOutCommand.class, command -> null);

        Http.Reply reply = http.postJson("/api/v1/auth/logout", "", AdapterTestServer.token(7, session));

        assertThat(reply.status()).isEqualTo(204);
        assertThat(script.only(LogOutCommand.class)).isEqualTo(new LogOutCommand(UserId.of(7), new SessionId(session)));
    }
}
