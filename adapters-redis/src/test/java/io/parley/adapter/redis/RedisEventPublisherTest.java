package io.parley.adapter.redis;

import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.EventPublisherContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis fan-out passes the publisher contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisEventPublisherTest extends EventPublisherContract {
    @RegisterExtension
    static final RedisNodes<RedisEventPublisher> NODES = new RedisNodes<>();

    @Override
    protected EventPublisher node(RecordingConnectedClients local) {
        return NODES.node((client, namespace) -> RedisEventPublisher.connect(local, client, namespace));
    }
}
