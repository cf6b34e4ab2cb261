package io.parley.bootstrap.support;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.LaunchSettings;
import io.parley.bootstrap.Parley;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Parley servers for tests, on the tests' PostgreSQL, each on a free port. With {@code PARLEY_TEST_REDIS_URL} set
 * (CI's Redis pass) every server fans out through that Redis, in a namespace of its own unless it is meant to share
 * one (two nodes of one cluster); otherwise a server fans out in-process.
 */
public final class TestServer {
    public static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    public static final String REDIS_URL = System.getenv("PARLEY_TEST_REDIS_URL");
    /**
     * The test servers' data directory (media files below it), one per test JVM: each JVM has a fresh database whose
     * chat ids start again at 1, so files left by an earlier run must not sit where its chats' files go.
     */
    public static final Path DATA_DIR = Path.of("target", "test-data", "run-" + UUID.randomUUID());

    private static Parley parley;
    private static Api api;
    private static Parley fast;

    private TestServer() {}

    public static synchronized Api api() {
        parley();
        return api;
    }

    public static synchronized Parley parley() {
        if (parley == null) {
            parley = start(TestDatabase.shared(), redis(REDIS_URL, namespace()));
            // Micronaut's shutdown hook stops it when the test JVM exits
            api = new Api(parley);
        }
        return parley;
    }

    /**
     * A server with short socket timers, for tests that wait on them: pings every second, closes sockets silent for
     * 5 s, ends typing after 1 s, counts a socket as stalled at 64 Ki characters of queued live frames, behind a 64 KiB
     * kernel send buffer.
     */
    public static synchronized Parley fastTimers() {
        if (fast == null) {
            Map<String, Object> overrides = new HashMap<>(redis(REDIS_URL, namespace()));
            overrides.put("parley.websocket.ping-interval", "1s");
            overrides.put("parley.websocket.idle-timeout", "5s");
            overrides.put("parley.websocket.typing-expiry", "1s");
            overrides.put("parley.websocket.outbound-limit", "65536");
            // a modest kernel send buffer (no autotuning to megabytes), so a stalled reader fills it quickly
            overrides.put("micronaut.server.netty.child-options.so-sndbuf", 65536);
            fast = start(TestDatabase.shared(), overrides);
        }
        return fast;
    }

    /** A further server on the same database (its caller closes it). */
    public static Parley start(TestDatabase.Target database, Map<String, Object> overrides) {
        LaunchSettings settings =
                new LaunchSettings(DATA_DIR, database.url(), database.user(), database.password(), JWT_SECRET, 0, null);
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        // the whole suite registers and logs in thousands of users from one address (127.0.0.1), which no real
        // deployment sees; the per-user limits keep their defaults, and the limits tests lower each one
        properties.put("parley.limits.register-per-address", "1000000/1m");
        properties.put("parley.limits.login-per-address", "1000000/1m");
        properties.putAll(overrides);
        return Parley.start(settings, properties);
    }

    /** The properties that make a server fan out through Redis at {@code url} (none if {@code url} is null). */
    public static Map<String, Object> redis(String url, String namespace) {
        return url == null ? Map.of() : Map.of("redis.uri", url, "parley.redis.namespace", namespace);
    }

    /** A namespace no other server of any test run uses. */
    public static String namespace() {
        return "parley-test-" + UUID.randomUUID();
    }
}
