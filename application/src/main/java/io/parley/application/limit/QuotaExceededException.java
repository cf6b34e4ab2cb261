package io.parley.application.limit;

import io.parley.application.port.RateDecision;
import io.parley.domain.RateLimitedException;
import java.time.Duration;

/**
 * 429 {@code request.rate_limited}: a rate limit refused the action; it carries what the {@code RateLimit-*} headers
 * say: the limit, the tokens left and the seconds until the bucket is full again.
 */
public final class QuotaExceededException extends RateLimitedException {
    private final long limit;
    private final long remaining;
    private final Duration reset;

    public QuotaExceededException(Limited action, RateDecision decision) {
        super("request.rate_limited", "too many " + action.what() + "; try again later", decision.retryAfter());
        this.limit = decision.limit();
        this.remaining = decision.remaining();
        this.reset = decision.reset();
    }

    public long limit() {
        return limit;
    }

    public long remaining() {
        return remaining;
    }

    /** Until the bucket is full again; at least the retry delay. */
    public Duration reset() {
        return reset.compareTo(retryAfter()) < 0 ? retryAfter() : reset;
    }
}
