package io.parley.application.model;

import java.util.List;

/** One emoji on a message: how many users gave it and who they are, in the order they gave it. */
public record ReactionCount(String emoji, int count, List<Long> userIds) {
    public ReactionCount {
        userIds = List.copyOf(userIds);
    }

    /** True if {@code viewer} (null: nobody) is among those who gave it. */
    public boolean givenBy(Long viewer) {
        return viewer != null && userIds.contains(viewer);
    }
}
