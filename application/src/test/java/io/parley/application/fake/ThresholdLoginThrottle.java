package io.parley.application.fake;

import io.parley.application.port.LoginThrottle;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Blocks a key for a minute once it has failed {@code threshold} times; no clock, no windows. */
public final class ThresholdLoginThrottle implements LoginThrottle {
    private final int threshold;
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();

    public ThresholdLoginThrottle(int threshold) {
        this.threshold = threshold;
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        return failures.getOrDefault(key, 0) >= threshold ? Optional.of(Duration.ofMinutes(1)) : Optional.empty();
    }

    @Override
    public void recordFailure(String key) {
        failures.merge(key, 1, Integer::sum);
    }

    @Override
    public void recordSuccess(String key) {
        failures.remove(key);
    }
}
