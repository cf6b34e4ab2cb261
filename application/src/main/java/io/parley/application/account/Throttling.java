package io.parley.application.account;

import io.parley.application.port.LoginThrottle;
import io.parley.domain.RateLimitedException;

/** The one way the account use cases refuse a throttled key. */
final class Throttling {
    private Throttling() {}

    /** Throws {@code auth.too_many_attempts} with {@code message} while {@code key} is blocked. */
    static void refuseIfBlocked(LoginThrottle throttle, String key, String message) {
        throttle.blockedFor(key).ifPresent(wait -> {
            throw new RateLimitedException("auth.too_many_attempts", message, wait);
        });
    }
}
