package io.parley.application.media;

import io.parley.domain.user.UserId;

/** The actor asks for pictures of a user or group; {@code name} names one (null: all). */
public record AvatarQuery(UserId actor, AvatarOwner avatar, String name) {
}
