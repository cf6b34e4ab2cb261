package io.parley.bootstrap.limits;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The client address that throttling counts by comes from {@code X-Forwarded-For}/{@code Forwarded} only when the
 * TCP peer is one of the operator's trusted proxies ({@code parley.trusted-proxies}); otherwise it is the peer.
 */
class ForwardedAddressOverHttpIT {
    private static Parley behindProxy;
    private static Api proxied;

    @BeforeAll
    static void startServerBehindATrustedProxy() {
        Map<String, Object> overrides = new HashMap<>(TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        // the tests' own loopback client plays the proxy
        overrides.put("parley.trusted-proxies", "127.0.0.0/8,::1/128");
        behindProxy = TestServer.start(TestDatabase.shared(), overrides);
        proxied = new Api(behindProxy);
    }

    @AfterAll
    static void stop() {
        behindProxy.close();
    }

    @Test
    void changingForwardingHeadersOnEveryAttemptDoesNotEscapeTheLoginThrottle() {
        Api api = TestServer.api();
        String name = Api.uniqueName("xff");
        api.register(name, "correct horse");
        for (int i = 0; i < 5; i++) {
            Api.Reply failed = api.postJson(
                    "/api/v1/auth/login",
                    Map.of("login", name, "password", "guess " + i),
                    null,
                    "X-Forwarded-For",
                    "198.51.100." + i,
                    "Forwarded",
                    "for=203.0.113." + i);
            assertThat(failed.status()).as("attempt %d", i).isEqualTo(401);
        }

        Api.Reply sixth = api.postJson(
                "/api/v1/auth/login",
                Map.of("login", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                "198.51.100.99",
                "Forwarded",
                "for=203.0.113.99");

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.error()).isEqualTo("auth.too_many_attempts");
        assertThat(sixth.header("Retry-After")).isNotBlank();
    }

    @Test
    void behindATrustedProxyTheForwardedClientIsCountedAndOthersAreNot() {
        String name = Api.uniqueName("proxied");
        proxied.register(name, "correct horse");
        for (int i = 0; i < 5; i++) {
            assertThat(proxied.postJson(
                                    "/api/v1/auth/login",
                                    Map.of("login", name, "password", "guess " + i),
                                    null,
                                    "X-Forwarded-For",
                                    "198.51.100.7")
                            .status())
                    .isEqualTo(401);
        }

        Api.Reply sameClient = proxied.postJson(
                "/api/v1/auth/login",
                Map.of("login", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                "198.51.100.7");
        Api.Reply otherClient = proxied.postJson(
                "/api/v1/auth/login",
                Map.of("login", name, "password", "correct horse"),
                null,
                "Forwarded",
                "for=\"[2001:db8::17]:4711\";proto=https");
        // a client cannot pose as another by prepending its own entry: the rightmost untrusted hop counts
        Api.Reply spoofed = proxied.postJson(
                "/api/v1/auth/login",
                Map.of("login", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                "192.0.2.1, 198.51.100.7");

        assertThat(sameClient.status()).isEqualTo(429);
        assertThat(otherClient.status()).isEqualTo(200);
        assertThat(spoofed.status()).isEqualTo(429);
    }
}
