package io.parley.adapter.redis;

import io.parley.application.port.CallRoster;
import io.parley.application.port.CallRosterContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Redis call roster passes the roster contract: each test's nodes share a fresh namespace on a real Redis. */
final class RedisCallRosterTest extends CallRosterContract {
    @RegisterExtension
    static final RedisNodes<RedisCallRoster> NODES = new RedisNodes<>();

    @Override
    protected CallRoster node() {
        return NODES.node((client, namespace) -> new RedisCallRoster(client, RedisSettings.of(namespace)));
    }
}
