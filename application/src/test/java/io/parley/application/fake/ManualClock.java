package io.parley.application.fake;

import io.parley.application.port.Clock;
import java.time.Duration;
import java.time.Instant;

/** A clock the test moves by hand. */
public final class ManualClock implements Clock {
    private Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public Instant now() {
        return now;
    }

    public void advance(Duration by) {
        now = now.plus(by);
    }
}
