package io.parley.application.port;

import java.time.Duration;

/**
 * What a bucket said: whether the tokens were (or could be) taken, the bucket's capacity, the tokens left, how long
 * until the refused amount would be there ({@code retryAfter}, zero when taken) and until the bucket is full again.
 */
public record RateDecision(boolean taken, long limit, long remaining, Duration retryAfter, Duration reset) {}
