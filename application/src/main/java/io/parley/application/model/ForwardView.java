package io.parley.application.model;

import io.parley.domain.message.ForwardOrigin;
import java.time.Instant;

/** Where a forwarded copy first came from: the original author (id, name when first forwarded) and time. */
public record ForwardView(long authorId, String authorName, Instant sentAt) {
    /** The view of {@code origin}; null for a message that is not a forward. */
    public static ForwardView of(ForwardOrigin origin) {
        return origin == null ? null : new ForwardView(origin.author().value(), origin.authorName(), origin.sentAt());
    }
}
