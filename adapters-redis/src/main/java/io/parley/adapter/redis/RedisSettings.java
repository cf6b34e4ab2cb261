package io.parley.adapter.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Redis adapter ({@code parley.redis.*}): {@code namespace} prefixes every key and channel, so
 * clusters sharing one Redis stay apart; a node's presence counts expire {@code presenceTtl} after its last heartbeat;
 * no command waits longer than {@code commandTimeout} for Redis (while disconnected, commands fail at once).
 */
@ConfigurationProperties("parley.redis")
@Requires(property = "redis.uri")
public record RedisSettings(
        @Bindable(defaultValue = "parley") String namespace,
        @Bindable(defaultValue = "45s") Duration presenceTtl,
        @Bindable(defaultValue = "2s") Duration commandTimeout) {
    /** The presence TTL when none is configured. */
    public static final Duration DEFAULT_PRESENCE_TTL = Duration.ofSeconds(45);
    /** How long a command may wait for Redis when none is configured. */
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(2);

    public RedisSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(presenceTtl, "presenceTtl");
        Objects.requireNonNull(commandTimeout, "commandTimeout");
        if (namespace.isBlank() || namespace.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("parley.redis.namespace must be non-blank without whitespace");
        }
        if (presenceTtl.toMillis() < 1) {
            throw new IllegalArgumentException("parley.redis.presence-ttl must be at least 1ms: " + presenceTtl);
        }
        if (commandTimeout.toMillis() < 1) {
            throw new IllegalArgumentException("parley.redis.command-timeout must be at least 1ms: " + commandTimeout);
        }
    }

    /** The settings with the default TTL under {@code namespace}. */
    public static RedisSettings of(String namespace) {
        return new RedisSettings(namespace, DEFAULT_PRESENCE_TTL, DEFAULT_COMMAND_TIMEOUT);
    }

    /** How often a node should heartbeat: a third of the TTL, so two missed beats still keep it counted. */
    public Duration heartbeatInterval() {
        return presenceTtl.dividedBy(3);
    }
}
