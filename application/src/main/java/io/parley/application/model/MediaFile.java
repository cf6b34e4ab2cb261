package io.parley.application.model;

import io.parley.domain.media.MediaFolder;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaLocation;
import io.parley.domain.media.MediaOwner;
import io.parley.domain.media.MediaRef;
import io.parley.domain.media.StoredName;
import io.parley.domain.user.UserId;
import java.time.Instant;

/**
 * A stored media file's metadata, kept in the database (listings never scan directories): whose it is, what it was
 * uploaded as, the server-made name, the client's original name (for display only), the detected type, size and
 * SHA-256, and its image preview (null if it has none).
 */
public record MediaFile(
        long id,
        MediaOwner owner,
        MediaKind kind,
        StoredName name,
        String originalName,
        String mime,
        long size,
        String sha256,
        UserId uploader,
        Instant createdAt,
        Thumbnail thumbnail) {

    /** How the core names it (adapters turn this into a URL). */
    public MediaRef ref() {
        return new MediaRef(owner, kind, name);
    }

    /** Where its bytes are. */
    public MediaLocation location() {
        return new MediaLocation(owner, kind.folder(), name);
    }

    /** Where its preview is (if it has one). */
    public MediaLocation thumbnailLocation() {
        return new MediaLocation(owner, MediaFolder.THUMBNAILS, name);
    }

    /**
     * The preview as a file of its own (type, size and checksum of the PNG, names ending in {@code .png}), for serving
     * it; its bytes are at {@link #thumbnailLocation()}.
     */
    public MediaFile asThumbnail() {
        return new MediaFile(
                id,
                owner,
                kind,
                new StoredName(asPng(name.value())),
                originalName.isBlank() ? "" : asPng(originalName),
                Thumbnail.MIME,
                thumbnail.size(),
                thumbnail.sha256(),
                uploader,
                createdAt,
                thumbnail);
    }

    /** {@code sunset.jpg} becomes {@code sunset.png}; a name without an extension gets one. */
    private static String asPng(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return (dot > 0 ? fileName.substring(0, dot) : fileName) + ".png";
    }
}
