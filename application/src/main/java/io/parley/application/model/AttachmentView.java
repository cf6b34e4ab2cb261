package io.parley.application.model;


/** A file a message carries, with what the server knows of it (never what the client claimed). */
public record AttachmentView(String url, String name, String originalName, String mime, String fileType, long size) {

    public static AttachmentView of(MediaFile file) {
        MediaView view = MediaView.of(file);
        return new AttachmentView(view.url(), view.name(), view.originalName(), view.mime(), view.fileType(),
                view.size());
    }
}
