package io.parley.application.model;

import io.parley.domain.media.MediaRef;
import java.time.Instant;

/**
 * A media file as clients see it: which file it is, its names, detected type ({@code fileType}: photo, video, audio
 * or file), size, checksum, uploader and time.
 */
public record MediaView(
        MediaRef ref,
        String originalName,
        String mime,
        String fileType,
        long size,
        String sha256,
        long uploaderId,
        Instant createdAt) {

    /** The view of a stored file. */
    public static MediaView of(MediaFile file) {
        return new MediaView(
                file.ref(),
                file.originalName(),
                file.mime(),
                file.kind().fileType(),
                file.size(),
                file.sha256(),
                file.uploader() == null ? 0 : file.uploader().value(),
                file.createdAt());
    }

    /** Its server-made name. */
    public String name() {
        return ref.name().value();
    }
}
