package io.parley.application.model;

import java.time.Instant;
import java.util.List;

/**
 * A group's public details; {@code adminIds} are its admins besides the owner, longest-standing first;
 * {@code isPublic} whether anyone signed in may join it by themselves.
 */
public record GroupView(
        long id,
        String name,
        String description,
        long ownerId,
        int memberCount,
        Instant createdAt,
        List<Long> adminIds,
        boolean isPublic) {
    public GroupView {
        adminIds = adminIds == null ? List.of() : List.copyOf(adminIds);
    }

    /** A group without admins. */
    public GroupView(long id, String name, String description, long ownerId, int memberCount, Instant createdAt) {
        this(id, name, description, ownerId, memberCount, createdAt, List.of(), false);
    }
}
