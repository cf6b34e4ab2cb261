package io.parley.application.media;

import io.parley.domain.user.UserId;

/**
 * The actor asks for pictures of a user or group; {@code name} names one (null: all), {@code thumbnail} asks for its
 * preview (a picture without one is served as it is).
 */
public record AvatarQuery(UserId actor, AvatarOwner avatar, String name, boolean thumbnail) {

    /** The picture itself, or all pictures when {@code name} is null. */
    public AvatarQuery(UserId actor, AvatarOwner avatar, String name) {
        this(actor, avatar, name, false);
    }
}
