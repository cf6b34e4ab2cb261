package io.parley.application.media;

/** Deletes one picture (its row and its file); only the user themselves or the group's owner may. */
public interface DeleteAvatarUseCase {
    void delete(AvatarQuery query);
}
