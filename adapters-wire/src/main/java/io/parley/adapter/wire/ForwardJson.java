package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.ForwardView;
import java.time.Instant;

/** A forwarded copy's {@code forwarded_from}: the original author and time, never the original chat. */
@Serdeable
public record ForwardJson(long authorId, String authorName, Instant sentAt) {
    public static ForwardJson of(ForwardView view) {
        return new ForwardJson(view.authorId(), view.authorName(), view.sentAt());
    }
}
