package io.parley.bootstrap;

import io.parley.application.port.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The wall clock, at PostgreSQL's precision (microseconds). */
final class SystemClock implements Clock {
    @Override
    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
