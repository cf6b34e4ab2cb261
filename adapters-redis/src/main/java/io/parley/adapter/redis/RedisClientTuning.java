package io.parley.adapter.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.micronaut.configuration.lettuce.AbstractRedisConfiguration;
import io.micronaut.configuration.lettuce.ClientResourcesMutator;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Bounds every wait on Redis: a command gets no answer within {@code parley.redis.command-timeout} (default 2 s) →
 * it fails; while the connection is down, commands fail at once instead of queueing; a lost connection is retried
 * every 100 ms at first and at least once a second, so the subscription and presence are back within about a second
 * of Redis returning.
 */
@Singleton
@Requires(property = "redis.uri")
final class RedisClientTuning implements BeanCreatedEventListener<RedisClient>, ClientResourcesMutator {
    static final Duration FIRST_RECONNECT = Duration.ofMillis(100);
    static final Duration LONGEST_RECONNECT = Duration.ofSeconds(1);

    private final RedisSettings settings;

    RedisClientTuning(RedisSettings settings) {
        this.settings = settings;
    }

    @Override
    public RedisClient onCreated(BeanCreatedEvent<RedisClient> event) {
        RedisClient client = event.getBean();
        client.setOptions(options(settings.commandTimeout()));
        return client;
    }

    @Override
    public void mutate(ClientResources.Builder builder, AbstractRedisConfiguration config) {
        builder.reconnectDelay(Delay.exponential(FIRST_RECONNECT, LONGEST_RECONNECT, 2, TimeUnit.MILLISECONDS));
    }

    /** Client options that never let a caller wait on Redis for longer than {@code timeout}. */
    static ClientOptions options(Duration timeout) {
        return ClientOptions.builder()
                .autoReconnect(true)
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .timeoutOptions(TimeoutOptions.enabled(timeout))
                .socketOptions(SocketOptions.builder()
                        .connectTimeout(timeout)
                        .keepAlive(true)
                        .build())
                .build();
    }
}
