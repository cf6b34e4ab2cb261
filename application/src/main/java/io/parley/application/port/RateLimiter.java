package io.parley.application.port;

/**
 * Token buckets, one per (rule, key): a bucket holds up to {@code rule.capacity()} tokens and refills continuously at
 * that many per {@code rule.period()}. Shared by every node that shares the limiter, so limits do not multiply with
 * nodes. A failure to reach the buckets' store propagates to the caller.
 */
public interface RateLimiter {
    /** Takes {@code amount} tokens from the key's bucket if that many are left, atomically; otherwise takes none. */
    RateDecision tryTake(RateRule rule, String key, long amount);

    /** Whether {@code amount} tokens could be taken from the key's bucket now; takes nothing. */
    RateDecision peek(RateRule rule, String key, long amount);

    /** Refills the key's bucket to capacity, forgetting what was taken. Idempotent. */
    void reset(RateRule rule, String key);
}
