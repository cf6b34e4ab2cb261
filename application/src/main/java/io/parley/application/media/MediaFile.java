package io.parley.application.media;

import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.UserId;
import java.time.Instant;

/**
 * A stored media file's metadata, kept in the database (listings never scan directories): whose it is, what it was
 * uploaded as, the server-made name, the client's original name (for display only), the detected type, size and
 * SHA-256.
 */
public record MediaFile(long id, MediaOwner owner, MediaKind kind, StoredName name, String originalName, String mime,
                        long size, String sha256, UserId uploader, Instant createdAt) {

    /** Where its bytes are. */
    public MediaLocation location() {
        return new MediaLocation(owner, kind.folder(), name);
    }
}
