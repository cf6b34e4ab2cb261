package io.parley.application.media;

/** One picture of a user or group, to stream; unknown names and outsiders of a group get "not found". */
public interface OpenAvatarUseCase {
    MediaContent open(AvatarQuery query);
}
