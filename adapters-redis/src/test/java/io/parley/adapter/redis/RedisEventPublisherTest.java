package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.EventPublisherContract;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** The Redis fan-out passes the publisher contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisEventPublisherTest extends EventPublisherContract {
    private static RedisClient client;
    private final List<RedisEventPublisher> nodes = new ArrayList<>();
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
        nodes.forEach(RedisEventPublisher::close);
        TestRedis.deleteNamespace(client, namespace);
    }

    @Override
    protected EventPublisher node(RecordingConnectedClients local) {
        RedisEventPublisher node = RedisEventPublisher.connect(local, client, namespace);
        nodes.add(node);
        return node;
    }
}
