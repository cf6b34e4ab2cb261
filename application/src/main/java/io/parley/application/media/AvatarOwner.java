package io.parley.application.media;

import io.parley.domain.chat.ChatId;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;
import io.parley.domain.user.UserId;

/** Whose picture: a user's ({@code /api/v1/user/…/avatar}) or a group's ({@code /api/v1/group/{id}/avatar}). */
public record AvatarOwner(MediaOwner owner) {

    /** A user's pictures; an id below 1 is refused as every user id is ({@code user.invalid_id}). */
    public static AvatarOwner user(long id) {
        return new AvatarOwner(new MediaOwner(OwnerKind.USER, UserId.of(id).value()));
    }

    /** A group's pictures; an id below 1 is refused as every chat id is ({@code chat.invalid_id}). */
    public static AvatarOwner group(long id) {
        return new AvatarOwner(new MediaOwner(OwnerKind.GROUP, ChatId.of(id).value()));
    }

    public boolean isGroup() {
        return owner.kind() == OwnerKind.GROUP;
    }
}
