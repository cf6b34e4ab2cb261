package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.parley.application.port.PresenceTracker;
import io.parley.application.port.PresenceTrackerContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The Redis presence counts pass the tracker contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisPresenceTrackerTest extends PresenceTrackerContract {
    private static RedisClient client;
    private final List<RedisPresenceTracker> nodes = new ArrayList<>();
    private String namespace;

    @BeforeAll
    static void connect() {
        client = RedisClient.create(TestRedis.uri());
    }

    @AfterAll
    static void disconnect() {
        client.shutdown();
    }

    @BeforeEach
    void freshNamespace() {
        namespace = TestRedis.namespace();
    }

    @AfterEach
    void closeNodes() {
        nodes.forEach(RedisPresenceTracker::close);
        TestRedis.deleteNamespace(client, namespace);
    }

    @Override
    protected PresenceTracker node() {
        RedisPresenceTracker node = new RedisPresenceTracker(client, RedisSettings.of(namespace));
        nodes.add(node);
        return node;
    }
}
