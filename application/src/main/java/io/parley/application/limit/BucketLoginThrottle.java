package io.parley.application.limit;

import io.parley.application.port.LoginThrottle;
import io.parley.application.port.RateDecision;
import io.parley.application.port.RateLimiter;
import io.parley.application.port.RateRule;
import java.time.Duration;
import java.util.Optional;

/**
 * The login throttle on the shared rate limiter (so its counts live in Redis with several nodes): each failure takes
 * a token from the key's bucket of {@code maxFailures} tokens refilled over {@code window}; an empty bucket refuses
 * the key until a token is back, and a success refills it.
 */
public final class BucketLoginThrottle implements LoginThrottle {
    private final RateLimiter limiter;
    private final RateRule rule;

    public BucketLoginThrottle(RateLimiter limiter, int maxFailures, Duration window) {
        this.limiter = limiter;
        this.rule = new RateRule("login-failures", maxFailures, window);
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        RateDecision decision = limiter.peek(rule, key, 1);
        return decision.taken() ? Optional.empty() : Optional.of(decision.retryAfter());
    }

    @Override
    public void recordFailure(String key) {
        // an empty bucket stays empty: the key is refused already
        limiter.tryTake(rule, key, 1);
    }

    @Override
    public void recordSuccess(String key) {
        limiter.reset(rule, key);
    }
}
