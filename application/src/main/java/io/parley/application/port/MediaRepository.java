package io.parley.application.port;

import io.parley.application.model.MediaFile;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Media metadata; a chat's or group's rows go when it is deleted. */
public interface MediaRepository {
    /** Reserves a new, never reused media id. */
    long nextMediaId();

    /**
     * Stores a file's metadata; throws {@code IllegalStateException} if the owner already has this name, and {@link
     * io.parley.domain.media.MediaOwnerGoneException} if the owner was deleted meanwhile.
     */
    void add(MediaFile file);

    /** The owner's file of this kind with this name, if there is one. */
    Optional<MediaFile> find(MediaOwner owner, MediaKind kind, StoredName name);

    /** A page of the owner's files of these kinds, newest first. */
    List<MediaFile> list(MediaOwner owner, Set<MediaKind> kinds, int limit, long offset);

    /** Deletes a file's metadata; true if it was there. */
    boolean delete(MediaFile file);
}
