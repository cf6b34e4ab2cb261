package io.parley.application.model;

import io.parley.domain.chat.InviteLink;
import java.time.Instant;

/** An invite link as its group's moderators see it; {@code usable} says whether it would admit someone now. */
public record InviteLinkView(
        String token,
        long groupId,
        long createdBy,
        Instant createdAt,
        Instant expiresAt,
        Integer maxUses,
        int uses,
        Instant revokedAt,
        boolean usable) {

    public static InviteLinkView of(InviteLink link, Instant now) {
        return new InviteLinkView(
                link.token().value(),
                link.group().value(),
                link.createdBy().value(),
                link.createdAt(),
                link.expiresAt(),
                link.maxUses(),
                link.uses(),
                link.revokedAt(),
                link.usableAt(now));
    }
}
