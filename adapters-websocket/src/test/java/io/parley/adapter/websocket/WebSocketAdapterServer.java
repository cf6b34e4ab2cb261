package io.parley.adapter.websocket;

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
 * The socket adapter alone on a random port: its endpoints, upgrade guard, frame codec and local delivery in a
 * Micronaut context whose use cases are {@link ScriptedUseCases}, with bootstrap's security and JSON settings (bearer
 * JWTs signed HS256, snake_case JSON). One server per test JVM.
 */
final class WebSocketAdapterServer {
    static final String SECRET = "websocket-adapter-test-secret-long-enough-for-hs256";
    private static EmbeddedServer server;

    private WebSocketAdapterServer() {}

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
        return sign(SECRET, user, session);
    }

    /** Like {@link #token} but signed with {@code secret}. */
    static String sign(String secret, long user, UUID session) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .subject(Long.toString(user))
                .claim("sid", session.toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(900)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }
}
