package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;

/** A file a message carries: its URL (relative to {@code /api/v1}), names, detected type and size. */
@Serdeable
public record FileBody(String url, String name, String originalName, String fileMime, String fileType, long fileSize) {

    static FileBody of(AttachmentView file) {
        return new FileBody(file.url(), file.name(), file.originalName(), file.mime(), file.fileType(), file.size());
    }
}
