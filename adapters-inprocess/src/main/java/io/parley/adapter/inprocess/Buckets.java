package io.parley.adapter.inprocess;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.parley.application.port.RateDecision;
import io.parley.application.port.RateRule;
import java.time.Duration;

/** Bucket4j's view of Parley's rules and decisions (adapters-redis has its twin, as adapters share no code). */
final class Buckets {
    private Buckets() {}

    /** The bucket configuration of {@code rule}: its capacity, refilled greedily over its period. */
    static BucketConfiguration configuration(RateRule rule) {
        return BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.period()))
                .build();
    }

    /**
     * The bucket's key: the rule's name, capacity and period and the caller's key, so a changed setting starts fresh
     * buckets instead of reusing ones configured otherwise.
     */
    static String key(RateRule rule, String key) {
        return rule.name() + ":" + rule.capacity() + "/" + rule.period().toMillis() + ":" + key;
    }

    /** An amount the bucket can never hold: refused, to try again when the bucket is full. */
    static RateDecision beyondCapacity(RateRule rule, long remaining) {
        return new RateDecision(false, rule.capacity(), remaining, rule.period(), rule.period());
    }

    static RateDecision decision(RateRule rule, ConsumptionProbe probe) {
        return new RateDecision(
                probe.isConsumed(),
                rule.capacity(),
                probe.getRemainingTokens(),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()),
                Duration.ofNanos(probe.getNanosToWaitForReset()));
    }

    static RateDecision decision(RateRule rule, EstimationProbe probe) {
        return new RateDecision(
                probe.canBeConsumed(),
                rule.capacity(),
                probe.getRemainingTokens(),
                probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
