package io.parley.adapter.inprocess;

import io.parley.application.port.Clock;
import io.parley.application.port.LoginThrottle;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed logins per key in this node's memory, in fixed windows. Each counted failure has already cost the
 * caller an Argon2id check, which bounds how fast the map can grow; expired windows are swept as it grows.
 */
public final class InMemoryLoginThrottle implements LoginThrottle {
    private static final int SWEEP_THRESHOLD = 10_000;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int maxFailures;
    private final Duration windowLength;

    /** Refuses a key once it has failed {@code maxFailures} times within one window of {@code windowLength}. */
    public InMemoryLoginThrottle(Clock clock, int maxFailures, Duration windowLength) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.windowLength = windowLength;
    }

    @Override
    public Optional<Duration> blockedFor(String key) {
        Instant now = clock.now();
        Window window = windows.get(key);
        if (window == null || window.endsBy(now)) {
            return Optional.empty();
        }
        return window.failures() >= maxFailures ? Optional.of(Duration.between(now, window.end())) : Optional.empty();
    }

    @Override
    public void recordFailure(String key) {
        Instant now = clock.now();
        windows.compute(
                key,
                (k, window) -> window == null || window.endsBy(now)
                        ? new Window(1, now.plus(windowLength))
                        : new Window(window.failures() + 1, window.end()));
        if (windows.size() > SWEEP_THRESHOLD) {
            windows.values().removeIf(window -> window.endsBy(now));
        }
    }

    @Override
    public void recordSuccess(String key) {
        windows.remove(key);
    }

    private record Window(int failures, Instant end) {
        boolean endsBy(Instant now) {
            return !now.isBefore(end);
        }
    }
}
