package io.parley.application.media;

import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.OwnerKind;

/** Whose picture: a user's ({@code /api/v1/user/…/avatar}) or a group's ({@code /api/v1/group/{id}/avatar}). */
public record AvatarOwner(MediaOwner owner) {

    public static AvatarOwner user(long id) {
        return new AvatarOwner(new MediaOwner(OwnerKind.USER, id));
    }

    public static AvatarOwner group(long id) {
        return new AvatarOwner(new MediaOwner(OwnerKind.GROUP, id));
    }

    public boolean isGroup() {
        return owner.kind() == OwnerKind.GROUP;
    }
}
