package io.parley.adapter.redis;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.Objects;

/**
 * Settings of the Redis adapter ({@code parley.redis.*}): {@code namespace} prefixes every key and channel, so
 * clusters sharing one Redis stay apart; a node's presence counts expire {@code presenceTtl} after its last heartbeat.
 */
@ConfigurationProperties("parley.redis")
@Requires(property = "redis.uri")
public record RedisSettings(
        @Bindable(defaultValue = "parley") String namespace,
        @Bindable(defaultValue = "45s") Duration presenceTtl) {
    /** The presence TTL when none is configured. */
    public static final Duration DEFAULT_PRESENCE_TTL = Duration.ofSeconds(45);

    public RedisSettings {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(presenceTtl, "presenceTtl");
        if (namespace.isBlank() || namespace.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("parley.redis.namespace must be non-blank without whitespace");
        }
        if (presenceTtl.toMillis() < 1) {
            throw new IllegalArgumentException("parley.redis.presence-ttl must be at least 1ms: " + presenceTtl);
        }
    }

    /** The settings with the default TTL under {@code namespace}. */
    public static RedisSettings of(String namespace) {
        return new RedisSettings(namespace, DEFAULT_PRESENCE_TTL);
    }

    /** How often a node should heartbeat: a third of the TTL, so two missed beats still keep it counted. */
    public Duration heartbeatInterval() {
        return presenceTtl.dividedBy(3);
    }
}
