package io.parley.bootstrap.support;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.Parley;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test server with low limits ({@code parley.limits.*} as given) behind a "trusted proxy" (the tests' loopback
 * client), so each test names its own client address in {@code X-Forwarded-For} and has buckets of its own.
 */
public final class LimitedServer {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    private LimitedServer() {}

    /** Starts a server (the caller closes it) with {@code limits}, e.g. {@code "send-per-user", "5/1h"}. */
    public static Parley start(String... limits) {
        Map<String, Object> overrides = new HashMap<>(TestServer.redis(TestServer.REDIS_URL, TestServer.namespace()));
        overrides.put("parley.trusted-proxies", "127.0.0.0/8,::1/128");
        for (int i = 0; i < limits.length; i += 2) {
            overrides.put("parley.limits." + limits[i], limits[i + 1]);
        }
        return TestServer.start(TestDatabase.shared(), overrides);
    }

    /** A client address no other test of this run uses (from 10.0.0.0/8). */
    public static String freshAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + ((n >> 16) & 0xFF) + "." + ((n >> 8) & 0xFF) + "." + (n & 0xFF);
    }

    /** Registers a user from a fresh address, so registrations made to set a test up do not spend its buckets. */
    public static Api.Session register(Api api) {
        String name = Api.uniqueName("lim");
        Api.Reply reply = api.postJson(
                "/api/v1/auth/register",
                Map.of("username", name, "password", "correct horse"),
                null,
                "X-Forwarded-For",
                freshAddress());
        if (reply.status() != 201) {
            throw new AssertionError("registration failed: " + reply);
        }
        return new Api.Session(
                ((Number) reply.map("user").get("id")).longValue(),
                reply.string("access_token"),
                reply.string("refresh_token"));
    }
}
