package io.parley.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.RawUpgrade;
import io.parley.bootstrap.support.TestServer;
import io.parley.bootstrap.support.Tokens;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed with the server's own secret but with claims Parley never issues: each is refused with 401 on REST
 * and on a socket upgrade, never a 500, never accepted.
 */
class TokenClaimsOverHttpIT {
    private final Api api = TestServer.api();
    private final Parley server = TestServer.parley();

    private String forge(Api.Session who, UnaryOperator<JWTClaimsSet.Builder> change) {
        return Tokens.sign(change.apply(Tokens.claimsOf(who.accessToken())).build(), TestServer.JWT_SECRET);
    }

    private void assertRefused(String token, String what) {
        Api.Reply me = api.get("/api/v1/auth/me", token);
        assertThat(me.status()).as(what + ": GET /auth/me " + me.body()).isEqualTo(401);
        Api.Reply open = api.postJson("/api/v1/chat/" + api.register().userId(), Map.of(), token);
        assertThat(open.status()).as(what + ": POST /chat/{id} " + open.body()).isEqualTo(401);
        assertThat(RawUpgrade.request(server, "/api/v1/main", token).status())
                .as(what + ": upgrade")
                .isEqualTo(401);
    }

    @Test
    void aReSignedCopyOfARealTokenIsAccepted() {
        Api.Session alice = api.register();
        String copy = forge(alice, claims -> claims);
        assertThat(api.get("/api/v1/auth/me", copy).status()).isEqualTo(200);
        assertThat(RawUpgrade.request(server, "/api/v1/main", copy).status()).isEqualTo(101);
    }

    @Test
    void aTokenWithoutASessionIsRefusedAndCannotOutliveLogOutEverywhere() {
        Api.Session alice = api.register();
        String sessionless = forge(alice, claims -> claims.claim("sid", null));
        assertRefused(sessionless, "no sid");
        assertThat(api.postJson("/api/v1/auth/logout-all", Map.of(), alice.accessToken())
                        .status())
                .isEqualTo(204);
        assertRefused(sessionless, "no sid, after logout-all");
    }

    @Test
    void aTokenForAUserThatDoesNotExistOrNotTheSessionsOwnerIsRefused() {
        Api.Session alice = api.register();
        Api.Session bob = api.register();
        assertRefused(forge(alice, claims -> claims.subject("987654321")), "unknown user, alice's session");
        assertRefused(
                forge(
                        alice,
                        claims -> claims.subject("987654321")
                                .claim("sid", UUID.randomUUID().toString())),
                "unknown user, unknown session");
        assertRefused(forge(alice, claims -> claims.subject(Long.toString(bob.userId()))), "bob with alice's session");
        assertRefused(forge(alice, claims -> claims.subject("alice")), "a subject that is no id");
        assertRefused(forge(alice, claims -> claims.subject(null)), "no subject");
        assertRefused(forge(alice, claims -> claims.claim("sid", "not-a-uuid")), "malformed sid");
    }

    @Test
    void expiryNotBeforeAndIssuerAreEnforced() {
        Api.Session alice = api.register();
        Instant now = Instant.now();
        assertRefused(forge(alice, claims -> claims.expirationTime(null)), "no exp");
        assertRefused(forge(alice, claims -> claims.expirationTime(Date.from(now.minusSeconds(5)))), "expired");
        assertRefused(forge(alice, claims -> claims.notBeforeTime(Date.from(now.plusSeconds(600)))), "not valid yet");
        assertRefused(forge(alice, claims -> claims.issuer(null)), "no iss");
        assertRefused(forge(alice, claims -> claims.issuer("someone-else")), "foreign iss");
    }
}
