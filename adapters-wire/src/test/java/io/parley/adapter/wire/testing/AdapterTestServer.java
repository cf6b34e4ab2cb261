package io.parley.adapter.wire.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.application.fake.ScriptedUseCases;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * One adapter (REST or WebSocket, whichever is on the test classpath) alone on a random port, in a Micronaut context
 * whose use cases are the {@link ScriptedUseCases}, configured as bootstrap's {@code application.yml} configures the
 * HTTP side (bearer JWTs signed HS256, snake_case JSON that writes nulls). One server per test JVM; the adapters'
 * test sources supply the use-case beans.
 */
public final class AdapterTestServer {
    /** The secret the server checks tokens with. */
    public static final String SECRET = "adapter-test-secret-long-enough-for-hs256";

    private static EmbeddedServer server;

    private AdapterTestServer() {}

    /** The running server, started on first use. */
    public static synchronized EmbeddedServer get() {
        if (server == null) {
            server = ApplicationContext.run(
                    EmbeddedServer.class,
                    Map.of(
                            "micronaut.server.port",
                            -1,
                            "micronaut.serde.property-naming-strategy",
                            "SNAKE_CASE",
                            "micronaut.serde.serialization.inclusion",
                            "ALWAYS",
                            "micronaut.security.authentication",
                            "bearer",
                            "micronaut.security.reject-not-found",
                            false,
                            "micronaut.security.redirect.enabled",
                            false,
                            "micronaut.security.token.jwt.signatures.secret.generator.secret",
                            SECRET,
                            "micronaut.security.token.jwt.signatures.secret.generator.jws-algorithm",
                            "HS256"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** The script behind the server's use cases, emptied for the next test. */
    public static ScriptedUseCases script() {
        ScriptedUseCases script = get().getApplicationContext().getBean(ScriptedUseCases.class);
        script.reset();
        return script;
    }

    /** An access token as Parley issues it: {@code sub} the user id, {@code sid} the session, valid 15 minutes. */
    public static String token(long user, UUID session) {
        return sign(SECRET, user, session);
    }

    /** Like {@link #token} but signed with {@code secret}. */
    public static String sign(String secret, long user, UUID session) {
        return sign(
                secret, new JWTClaimsSet.Builder().subject(Long.toString(user)).claim("sid", session.toString()));
    }

    /** A token signed with {@code secret}, carrying the claims built so far and a 15-minute expiry. */
    public static String sign(String secret, JWTClaimsSet.Builder claims) {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader(JWSAlgorithm.HS256),
                claims.issueTime(Date.from(now))
                        .expirationTime(Date.from(now.plusSeconds(900)))
                        .build());
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
