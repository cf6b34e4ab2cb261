package io.parley.domain.reaction;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** One user's emoji on one message, given at {@code at}. */
public record Reaction(UserId user, Emoji emoji, Instant at) {
    public Reaction {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(emoji, "emoji");
        Objects.requireNonNull(at, "at");
    }
}
