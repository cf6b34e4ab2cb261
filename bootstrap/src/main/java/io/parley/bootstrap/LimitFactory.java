package io.parley.bootstrap;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.parley.adapter.inprocess.InMemoryRateLimiter;
import io.parley.adapter.security.SecuritySettings;
import io.parley.application.limit.BucketLoginThrottle;
import io.parley.application.limit.TakeQuotaService;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.RateLimiter;
import jakarta.inject.Singleton;

/**
 * Rate limits: buckets in this node's memory unless {@code redis.uri} is set (then the Redis adapter's limiter takes
 * over, so every node counts against the same buckets); the login throttle and the quotas both spend from it.
 */
@Factory
final class LimitFactory {

    @Singleton
    @Requires(missingProperty = "redis.uri")
    RateLimiter inMemoryRateLimiter() {
        return new InMemoryRateLimiter();
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
