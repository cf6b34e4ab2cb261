package io.parley.domain.chat;

import io.parley.domain.user.UserId;
import java.util.Objects;

/** What a user may do in one conversation they belong to: the proof of membership the message rules take. */
public record Membership(ChatId chat, ChatKind kind, UserId user, MemberRole role) {
    public Membership {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(role, "role");
    }

    public boolean isOwner() {
        return role == MemberRole.OWNER;
    }

    /** Owner or admin of a group ({@link MemberRole#moderates()}). */
    public boolean moderates() {
        return kind == ChatKind.GROUP && role.moderates();
    }
}
