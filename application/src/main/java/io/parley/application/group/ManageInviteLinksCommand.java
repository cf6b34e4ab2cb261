package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;

/**
 * A moderator's step on a group's invite links: create one (with optional {@code expiresAt} and {@code maxUses}),
 * or revoke the one with {@code token}.
 */
public record ManageInviteLinksCommand(UserId actor, ChatId group, Instant expiresAt, Integer maxUses, String token) {
    public static ManageInviteLinksCommand create(UserId actor, ChatId group, Instant expiresAt, Integer maxUses) {
        return new ManageInviteLinksCommand(actor, group, expiresAt, maxUses, null);
    }

    public static ManageInviteLinksCommand revoke(UserId actor, ChatId group, String token) {
        return new ManageInviteLinksCommand(actor, group, null, null, token);
    }
}
