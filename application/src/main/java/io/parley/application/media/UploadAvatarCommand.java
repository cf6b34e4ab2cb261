package io.parley.application.media;

import io.parley.domain.user.UserId;

/** The actor sets a new picture for themselves or for a group they own. */
public record UploadAvatarCommand(UserId actor, AvatarOwner avatar, IncomingFile file) {}
