package io.parley.domain.pin;

import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A message pinned in its conversation by {@code by} at {@code at}. */
public record Pin(MessageId message, UserId by, Instant at) {
    public Pin {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
