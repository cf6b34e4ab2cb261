package io.parley.adapter.inprocess;

import io.github.bucket4j.Bucket;
import io.parley.application.port.RateDecision;
import io.parley.application.port.RateLimiter;
import io.parley.application.port.RateRule;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bucket4j buckets in this node's memory, for one node. A bucket that has refilled to capacity says nothing a new
 * bucket would not, so full buckets are swept once the map grows past a threshold.
 */
public final class InMemoryRateLimiter implements RateLimiter {
    private static final int SWEEP_THRESHOLD = 10_000;
    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    @Override
    public RateDecision tryTake(RateRule rule, String key, long amount) {
        Entry entry = bucket(rule, key);
        if (amount > rule.capacity()) {
            return Buckets.beyondCapacity(rule, entry.bucket().getAvailableTokens());
        }
        return Buckets.decision(rule, entry.bucket().tryConsumeAndReturnRemaining(Math.max(1, amount)));
    }

    @Override
    public RateDecision peek(RateRule rule, String key, long amount) {
        Entry entry = bucket(rule, key);
        if (amount > rule.capacity()) {
            return Buckets.beyondCapacity(rule, entry.bucket().getAvailableTokens());
        }
        return Buckets.decision(rule, entry.bucket().estimateAbilityToConsume(Math.max(1, amount)));
    }

    @Override
    public void reset(RateRule rule, String key) {
        buckets.remove(Buckets.key(rule, key));
    }

    private Entry bucket(RateRule rule, String key) {
        if (buckets.size() > SWEEP_THRESHOLD) {
            buckets.values().removeIf(Entry::full);
        }
        return buckets.computeIfAbsent(
                Buckets.key(rule, key),
                k -> new Entry(
                        rule.capacity(),
                        Bucket.builder()
                                .addLimit(Buckets.configuration(rule).getBandwidths()[0])
                                .build()));
    }

    private record Entry(long capacity, Bucket bucket) {
        boolean full() {
            return bucket.getAvailableTokens() >= capacity;
        }
    }
}
