package io.parley.application.port;

import java.time.Duration;
import java.util.Optional;

/**
 * Limits password guessing: failed logins are counted per (login name, client address), so an attacker cannot
 * lock the owner out from the owner's own address.
 */
public interface LoginThrottle {
    /** How long attempts for this key stay refused, or empty if an attempt may be made now. */
    Optional<Duration> blockedFor(String key);

    /** Counts one failed attempt for the key. */
    void recordFailure(String key);

    /** Forgets the key's failures after a successful login. */
    void recordSuccess(String key);
}
