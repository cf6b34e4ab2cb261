package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.parley.application.port.CallRoster;
import io.parley.application.port.CallRosterContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The Redis call roster passes the roster contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisCallRosterTest extends CallRosterContract {
    private static RedisClient client;
    private final List<RedisCallRoster> nodes = new ArrayList<>();
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
        nodes.forEach(RedisCallRoster::close);
        TestRedis.deleteNamespace(client, namespace);
    }

    @Override
    protected CallRoster node() {
        RedisCallRoster node = new RedisCallRoster(client, RedisSettings.of(namespace));
        nodes.add(node);
        return node;
    }
}
