package io.parley.application.model;

import io.parley.domain.media.MediaRef;

/** A file a message carries, with what the server knows of it (never what the client claimed). */
public record AttachmentView(MediaRef ref, String originalName, String mime, String fileType, long size) {

    public static AttachmentView of(MediaFile file) {
        return new AttachmentView(
                file.ref(), file.originalName(), file.mime(), file.kind().fileType(), file.size());
    }

    /** Its server-made name. */
    public String name() {
        return ref.name().value();
    }
}
