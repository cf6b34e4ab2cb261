package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/** A user's place in a conversation: their role and when they joined. */
public record Member(UserId user, MemberRole role, Instant joinedAt) {
    public Member {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(joinedAt, "joinedAt");
    }

    Member as(MemberRole newRole) {
        return new Member(user, newRole, joinedAt);
    }
}
