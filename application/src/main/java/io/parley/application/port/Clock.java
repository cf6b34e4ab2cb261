package io.parley.application.port;

import java.time.Instant;

/** The current time, as the server sees it. */
public interface Clock {
    /** Now, in UTC, truncated to microseconds so that stored and returned times agree. */
    Instant now();
}
