package io.parley.adapter.rest;

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
 * The REST adapter alone on a random port: its controllers, filters and error mapping in a Micronaut context whose
 * use cases are the {@link ScriptedUseCases}, configured as bootstrap's {@code application.yml} configures the HTTP
 * side (bearer JWTs signed HS256, snake_case JSON that writes nulls). One server per test JVM.
 */
final class RestAdapterServer {
    static final String SECRET = "rest-adapter-test-secret-long-enough-for-hs256";
    private static EmbeddedServer server;

    private RestAdapterServer() {}

    static synchronized EmbeddedServer get() {
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
    static ScriptedUseCases script() {
        ScriptedUseCases script = get().getApplicationContext().getBean(ScriptedUseCases.class);
        script.reset();
        return script;
    }

    /** An access token as Parley issues it: {@code sub} the user id, {@code sid} the session, valid 15 minutes. */
    static String token(long user, UUID session) {
        return sign(
                SECRET, new JWTClaimsSet.Builder().subject(Long.toString(user)).claim("sid", session.toString()));
    }

    /** A token signed with {@code secret}, carrying the claims built so far and a 15-minute expiry. */
    static String sign(String secret, JWTClaimsSet.Builder claims) {
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
