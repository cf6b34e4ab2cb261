package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanIterator;
import io.lettuce.core.api.StatefulRedisConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import redis.embedded.RedisServer;

/**
 * The Redis for tests: the one named by {@code PARLEY_TEST_REDIS_URL} if set (CI points it at the machine's Redis),
 * else one embedded Redis (binaries bundled with the library) per JVM on a free port, stopped at JVM exit. Tests
 * isolate themselves with a fresh {@link #namespace()} each, never by flushing the shared Redis.
 */
public final class TestRedis {
    /** The environment variable naming an external Redis, e.g. {@code redis://127.0.0.1:6379}. */
    public static final String URL_VARIABLE = "PARLEY_TEST_REDIS_URL";

    private static String uri;

    private TestRedis() {}

    /** The Redis URI to test against; starts the embedded Redis on first call when no external one is named. */
    public static synchronized String uri() {
        if (uri == null) {
            String external = System.getenv(URL_VARIABLE);
            uri = external != null && !external.isBlank() ? external.strip() : startEmbedded();
        }
        return uri;
    }

    /** A namespace no other test uses. */
    public static String namespace() {
        return "test-" + UUID.randomUUID();
    }

    /** Deletes every key of {@code namespace}, so tests leave nothing behind in a shared Redis. */
    public static void deleteNamespace(RedisClient client, String namespace) {
        try (StatefulRedisConnection<String, String> connection = client.connect()) {
            List<String> keys = new ArrayList<>();
            ScanIterator.scan(
                            connection.sync(),
                            ScanArgs.Builder.matches(namespace + ":*").limit(500))
                    .forEachRemaining(keys::add);
            if (!keys.isEmpty()) {
                connection.sync().unlink(keys.toArray(String[]::new));
            }
        }
    }

    private static String startEmbedded() {
        IOException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            int port = freePort();
            try {
                RedisServer server = RedisServer.newRedisServer()
                        .bind("127.0.0.1")
                        .port(port)
                        .setting("save \"\"")
                        .setting("appendonly no")
                        .build();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server), "embedded-redis-stop"));
                return "redis://127.0.0.1:" + port;
            } catch (IOException e) {
                last = e; // most likely the port was taken between probing and binding: try another
            }
        }
        throw new UncheckedIOException("embedded Redis did not start", last);
    }

    private static void stop(RedisServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            System.err.println("stopping the embedded Redis failed: " + e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
