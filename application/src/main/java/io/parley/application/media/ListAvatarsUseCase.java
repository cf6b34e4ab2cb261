package io.parley.application.media;

import java.util.List;

/** The stored names of a user's or group's pictures, newest first (the first is the current one). */
public interface ListAvatarsUseCase {
    List<String> list(AvatarQuery query);
}
