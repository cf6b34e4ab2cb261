package io.parley.adapter.redis;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.parley.application.port.RateDecision;
import io.parley.application.port.RateLimiter;
import io.parley.application.port.RateRule;
import jakarta.annotation.PreDestroy;
import java.time.Duration;

/**
 * Bucket4j buckets in Redis ({@code <ns>:limit:<rule>:<key>}), shared by every node of the cluster, updated by
 * compare-and-swap so two nodes never both spend the last token. A bucket's key expires once it would have refilled
 * to capacity (plus a margin). Redis unreachable throws {@link io.parley.domain.ServiceUnavailableException} (bootstrap
 * then falls back to this node's own buckets); other Redis errors propagate.
 */
// created at start, so a Redis that goes away later cannot keep it from being created on first use
@Context
@Requires(property = "redis.uri")
public final class RedisRateLimiter implements RateLimiter, AutoCloseable {
    private final String prefix;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final ProxyManager<String> buckets;

    public RedisRateLimiter(RedisClient client, RedisSettings settings) {
        this.prefix = settings.namespace() + ":limit:";
        this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public RateDecision tryTake(RateRule rule, String key, long amount) {
        return RedisOutage.guard(() -> take(rule, key, amount));
    }

    private RateDecision take(RateRule rule, String key, long amount) {
        var bucket = buckets.builder().build(redisKey(rule, key), () -> Buckets.configuration(rule));
        if (amount > rule.capacity()) {
            return Buckets.beyondCapacity(rule, bucket.getAvailableTokens());
        }
        return Buckets.decision(rule, bucket.tryConsumeAndReturnRemaining(Math.max(1, amount)));
    }

    @Override
    public RateDecision peek(RateRule rule, String key, long amount) {
        return RedisOutage.guard(() -> estimate(rule, key, amount));
    }

    private RateDecision estimate(RateRule rule, String key, long amount) {
        var bucket = buckets.builder().build(redisKey(rule, key), () -> Buckets.configuration(rule));
        if (amount > rule.capacity()) {
            return Buckets.beyondCapacity(rule, bucket.getAvailableTokens());
        }
        return Buckets.decision(rule, bucket.estimateAbilityToConsume(Math.max(1, amount)));
    }

    @Override
    public void reset(RateRule rule, String key) {
        RedisOutage.guardRun(() -> buckets.removeProxy(redisKey(rule, key)));
    }

    @Override
    @PreDestroy
    public void close() {
        connection.close();
    }

    private String redisKey(RateRule rule, String key) {
        return prefix + Buckets.key(rule, key);
    }
}
