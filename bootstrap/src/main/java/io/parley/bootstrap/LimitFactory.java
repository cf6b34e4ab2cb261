package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.parley.adapter.inprocess.InMemoryRateLimiter;
import io.parley.adapter.redis.RedisRateLimiter;
import io.parley.adapter.security.SecuritySettings;
import io.parley.application.limit.BucketLoginThrottle;
import io.parley.application.limit.FailoverRateLimiter;
import io.parley.application.limit.TakeQuotaService;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.RateLimiter;
import jakarta.inject.Singleton;

/**
 * Rate limits: buckets in this node's memory unless {@code redis.uri} is set (then the Redis adapter's limiter takes
 * over, so every node counts against the same buckets, and this node's own buckets stand in while Redis is
 * unavailable); the login throttle and the quotas both spend from it.
 */
@Factory
final class LimitFactory {

    @Singleton
    @Requires(missingProperty = "redis.uri")
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter();
    }

    /** Redis's shared buckets, falling back to this node's own while Redis is unavailable (docs/operations.md). */
    @Singleton
    @Primary
    @Requires(property = "redis.uri")
    RateLimiter sharedRateLimiter(RedisRateLimiter shared) {
        return new FailoverRateLimiter(shared, new InMemoryRateLimiter());
    }

    @Singleton
    LoginThrottle loginThrottle(RateLimiter limiter, SecuritySettings settings) {
        return new BucketLoginThrottle(limiter, settings.loginMaxFailures(), settings.loginFailureWindow());
    }

    @Singleton
    TakeQuotaUseCase takeQuota(RateLimiter limiter, LimitSettings settings) {
        return new TakeQuotaService(limiter, settings.rules());
    }
}
