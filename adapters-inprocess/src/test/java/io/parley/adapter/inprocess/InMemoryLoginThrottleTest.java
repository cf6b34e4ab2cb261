package io.parley.adapter.inprocess;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.application.port.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class InMemoryLoginThrottleTest {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = () -> now;
    private final InMemoryLoginThrottle throttle = new InMemoryLoginThrottle(clock, 3, Duration.ofMinutes(10));

    @Test
    void theNthFailureInAWindowBlocksTheKeyUntilTheWindowEnds() {
        throttle.recordFailure("alice|1.2.3.4");
        throttle.recordFailure("alice|1.2.3.4");
        assertThat(throttle.blockedFor("alice|1.2.3.4")).isEmpty();

        now = now.plusSeconds(60);
        throttle.recordFailure("alice|1.2.3.4");
        assertThat(throttle.blockedFor("alice|1.2.3.4")).contains(Duration.ofMinutes(9));
        assertThat(throttle.blockedFor("alice|5.6.7.8")).isEmpty();

        now = now.plus(Duration.ofMinutes(9));
        assertThat(throttle.blockedFor("alice|1.2.3.4")).isEmpty();
    }

    @Test
    void aSuccessForgetsEarlierFailures() {
        throttle.recordFailure("bob|1.2.3.4");
        throttle.recordFailure("bob|1.2.3.4");
        throttle.recordSuccess("bob|1.2.3.4");
        throttle.recordFailure("bob|1.2.3.4");
        throttle.recordFailure("bob|1.2.3.4");
        assertThat(throttle.blockedFor("bob|1.2.3.4")).isEmpty();
    }
}
