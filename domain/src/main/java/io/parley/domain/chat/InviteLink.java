package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Objects;

/**
 * A link that lets whoever holds its token join a group, made by the group's owner or an admin; optionally it expires
 * at a time or after a number of uses, and a moderator may revoke it.
 */
public record InviteLink(
        long id,
        InviteToken token,
        ChatId group,
        UserId createdBy,
        Instant createdAt,
        Instant expiresAt,
        Integer maxUses,
        int uses,
        Instant revokedAt) {

    public InviteLink {
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new link to {@code group}; its owner or an admin only; an expiry must lie ahead, a use limit be positive. */
    public static InviteLink create(
            long id, Group group, UserId actor, InviteToken token, Instant now, Instant expiresAt, Integer maxUses) {
        group.checkModeratedBy(actor);
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            throw DomainException.invalid("invite.invalid_expiry", "expires_at must lie in the future");
        }
        if (maxUses != null && maxUses < 1) {
            throw DomainException.invalid("invite.invalid_max_uses", "max_uses must be at least 1");
        }
        return new InviteLink(id, token, group.id(), actor, now, expiresAt, maxUses, 0, null);
    }

    /** The link after one more user joined through it; refused if it is revoked, expired or used up. */
    public InviteLink redeem(Instant now) {
        if (revokedAt != null) {
            throw InviteLinkUnusableException.revoked();
        }
        if (expiresAt != null && !now.isBefore(expiresAt)) {
            throw InviteLinkUnusableException.expired();
        }
        if (maxUses != null && uses >= maxUses) {
            throw InviteLinkUnusableException.usedUp();
        }
        return new InviteLink(id, token, group, createdBy, createdAt, expiresAt, maxUses, uses + 1, null);
    }

    /** The link revoked (a revoked one stays as it was); the group's owner or an admin only. */
    public InviteLink revoke(Group of, UserId actor, Instant now) {
        of.checkModeratedBy(actor);
        if (!of.id().equals(group)) {
            throw new InviteLinkNotFoundException();
        }
        return revokedAt != null
                ? this
                : new InviteLink(id, token, group, createdBy, createdAt, expiresAt, maxUses, uses, now);
    }

    /** Whether the link would admit someone at {@code now}. */
    public boolean usableAt(Instant now) {
        return revokedAt == null
                && (expiresAt == null || now.isBefore(expiresAt))
                && (maxUses == null || uses < maxUses);
    }
}
