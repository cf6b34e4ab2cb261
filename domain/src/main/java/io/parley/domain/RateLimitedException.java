package io.parley.domain;

import java.time.Duration;
import java.util.Objects;

/** The caller did something too often; it may try again after {@link #retryAfter()}. */
public class RateLimitedException extends DomainException {
    private final Duration retryAfter;

    public RateLimitedException(String code, String message, Duration retryAfter) {
        super(ErrorKind.RATE_LIMITED, code, message);
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    /** How long to wait before the next attempt can succeed; at least one second. */
    public Duration retryAfter() {
        return retryAfter.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : retryAfter;
    }
}
