package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.AttachmentView;

/** A file a message carries: its URL (relative to {@code /api/v1}), names, detected type and size. */
@Serdeable
public record FileJson(String url, String name, String originalName, String fileMime, String fileType, long fileSize) {

    /** The file as clients see it. */
    public static FileJson of(AttachmentView file) {
        return new FileJson(
                MediaUrls.of(file.ref()), file.name(), file.originalName(), file.mime(), file.fileType(), file.size());
    }
}
