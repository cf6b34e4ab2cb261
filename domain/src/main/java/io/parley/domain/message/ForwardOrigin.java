package io.parley.domain.message;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * Where a forwarded message first came from: its original author (id and display name when it was first forwarded)
 * and when the original was sent. It never names the original conversation.
 */
public record ForwardOrigin(UserId author, String authorName, Instant sentAt) {
    public ForwardOrigin {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(authorName, "authorName");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
