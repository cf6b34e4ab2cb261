package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.ReactionCount;

/** One emoji on a message: how many gave it, and whether the user it is shown to is one of them. */
@Serdeable
public record ReactionJson(String emoji, int count, boolean mine) {
    public static ReactionJson of(ReactionCount count, Long viewer) {
        return new ReactionJson(count.emoji(), count.count(), count.givenBy(viewer));
    }
}
