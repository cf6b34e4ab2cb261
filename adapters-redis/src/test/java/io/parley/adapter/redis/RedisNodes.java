package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The nodes of one cluster under test on the test Redis: each test gets a fresh namespace its nodes share, and the
 * nodes are closed and the namespace's keys deleted after it. Register with {@code @RegisterExtension static}.
 *
 * @param <N> the kind of node
 */
final class RedisNodes<N extends AutoCloseable>
        implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
    private final List<N> nodes = new ArrayList<>();
    private RedisClient client;
    private String namespace;

    /** A further node of this test's cluster, made by {@code connect} from the client and the test's namespace. */
    <T extends N> T node(BiFunction<RedisClient, String, T> connect) {
        T node = connect.apply(client, namespace);
        nodes.add(node);
        return node;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        client = RedisClient.create(TestRedis.uri());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        client.shutdown();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        namespace = TestRedis.namespace();
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        for (N node : nodes) {
            node.close();
        }
        nodes.clear();
        TestRedis.deleteNamespace(client, namespace);
    }
}
