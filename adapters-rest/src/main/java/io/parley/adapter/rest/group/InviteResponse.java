package io.parley.adapter.rest.group;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.InviteLinkView;
import java.time.Instant;

/** An invite link: its token, the path that joins through it, its limits, how often it was used, and its state. */
@Serdeable
public record InviteResponse(
        String token,
        String joinPath,
        long groupId,
        long createdBy,
        Instant createdAt,
        Instant expiresAt,
        Integer maxUses,
        int uses,
        boolean revoked,
        boolean usable) {

    static InviteResponse of(InviteLinkView view) {
        return new InviteResponse(
                view.token(),
                "/api/v1/invites/" + view.token() + "/join",
                view.groupId(),
                view.createdBy(),
                view.createdAt(),
                view.expiresAt(),
                view.maxUses(),
                view.uses(),
                view.revokedAt() != null,
                view.usable());
    }
}
