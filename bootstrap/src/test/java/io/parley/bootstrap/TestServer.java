package io.parley.bootstrap;

import io.parley.adapter.persistence.TestDatabase;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** One Parley server per test JVM, on the tests' PostgreSQL, listening on a free port. */
final class TestServer {
    static final String JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";
    private static Parley parley;
    private static Api api;

    private TestServer() {
    }

    static synchronized Api api() {
        parley();
        return api;
    }

    static synchronized Parley parley() {
        if (parley == null) {
            parley = start(TestDatabase.shared(), Map.of());
            // Micronaut's shutdown hook stops it when the test JVM exits
            api = new Api(parley);
        }
        return parley;
    }

    /** A further server on the same database (its caller closes it). */
    static Parley start(TestDatabase.Target database, Map<String, Object> overrides) {
        LaunchSettings settings = new LaunchSettings(Path.of("target", "test-data"), database.url(), database.user(),
                database.password(), JWT_SECRET, 0);
        Map<String, Object> properties = new HashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.putAll(overrides);
        return Parley.start(settings, properties);
    }
}
