package io.parley.adapter.redis;

import io.parley.application.port.PresenceTracker;
import io.parley.application.port.PresenceTrackerContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis presence counts pass the tracker contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisPresenceTrackerTest extends PresenceTrackerContract {
    @RegisterExtension
    static final RedisNodes<RedisPresenceTracker> NODES = new RedisNodes<>();

    @Override
    protected PresenceTracker node() {
        return NODES.node((client, namespace) -> new RedisPresenceTracker(client, RedisSettings.of(namespace)));
    }
}
