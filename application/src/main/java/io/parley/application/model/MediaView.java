package io.parley.application.model;

import java.time.Instant;

/**
 * A media file as clients see it: {@code url} is seed 000's path relative to {@code /api/v1}
 * ({@code /chat/1/img/1732184400123_photo.jpg}); {@code fileType} is photo, video, audio or file.
 */
public record MediaView(String url, String name, String originalName, String mime, String fileType, long size,
                        String sha256, long uploaderId, Instant createdAt) {

    /** The view of a stored file. */
    public static MediaView of(MediaFile file) {
        String owner = switch (file.owner().kind()) {
            case CHAT -> "chat";
            case GROUP -> "group";
            case USER -> "user";
        };
        return new MediaView("/" + owner + "/" + file.owner().id() + "/" + file.kind().urlSegment() + "/"
                + file.name().value(), file.name().value(), file.originalName(), file.mime(), file.kind().fileType(),
                file.size(), file.sha256(), file.uploader() == null ? 0 : file.uploader().value(), file.createdAt());
    }
}
