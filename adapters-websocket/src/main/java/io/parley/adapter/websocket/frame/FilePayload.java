package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;

/** A file a message carries: its URL (relative to {@code /api/v1}), names, detected type and size. */
@Serdeable
public record FilePayload(String url, String name, String originalName, String fileMime, String fileType,
                          long fileSize) {

    static FilePayload of(AttachmentView file) {
        return new FilePayload(file.url(), file.name(), file.originalName(), file.mime(), file.fileType(),
                file.size());
    }
}
