package io.parley.adapter.rest.media;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.MediaUrls;
import io.parley.application.model.MediaView;
import java.time.Instant;

/** One stored file: its URL (relative to {@code /api/v1}), names, detected type, size, checksum, uploader, time. */
@Serdeable
public record MediaFileResponse(
        String url,
        String name,
        String originalName,
        String fileMime,
        String fileType,
        long fileSize,
        String sha256,
        long uploaderId,
        Instant createdAt) {

    static MediaFileResponse of(MediaView view) {
        return new MediaFileResponse(
                MediaUrls.of(view.ref()),
                view.name(),
                view.originalName(),
                view.mime(),
                view.fileType(),
                view.size(),
                view.sha256(),
                view.uploaderId(),
                view.createdAt());
    }
}
