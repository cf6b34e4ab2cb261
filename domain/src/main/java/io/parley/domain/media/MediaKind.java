package io.parley.domain.media;

import java.util.Set;

/**
 * What a file was uploaded as, with the folder it goes to, the {@code file_type} clients see and the content types
 * seed 000 accepts for it (detected from the bytes, never taken from the client).
 */
public enum MediaKind {
    PHOTO("img", MediaFolder.PHOTOS, "photo", Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/svg+xml", "image/bmp")),
    VIDEO("video", MediaFolder.VIDEOS, "video", Set.of("video/mp4", "video/mpeg", "video/quicktime", "video/webm",
            "video/x-msvideo", "video/x-ms-wmv")),
    AUDIO("audio", MediaFolder.AUDIOS, "audio", Set.of("audio/mpeg", "audio/wav", "audio/ogg", "audio/webm",
            "audio/aac")),
    FILE("file", MediaFolder.FILES, "file", Set.of("application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/vnd.ms-excel",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "text/plain", "text/csv",
            "application/zip", "application/x-rar-compressed")),
    /** A voice message ({@code …/message/audio}). */
    VOICE("message/audio", MediaFolder.VOICE_MESSAGES, "audio", AUDIO.accepted),
    /** A video message ({@code …/message/video}). */
    VIDEO_NOTE("message/video", MediaFolder.VIDEO_MESSAGES, "video", VIDEO.accepted),
    /** A user's or group's picture: raster images only (an SVG could carry script). */
    AVATAR("avatar", MediaFolder.AVATARS, "photo", Set.of("image/jpeg", "image/png", "image/gif", "image/webp",
            "image/bmp"));

    private final String urlSegment;
    private final MediaFolder folder;
    private final String fileType;
    private final Set<String> accepted;

    MediaKind(String urlSegment, MediaFolder folder, String fileType, Set<String> accepted) {
        this.urlSegment = urlSegment;
        this.folder = folder;
        this.fileType = fileType;
        this.accepted = accepted;
    }

    /** The path segment of its upload and download URLs ({@code img}, {@code video}, …). */
    public String urlSegment() {
        return urlSegment;
    }

    public MediaFolder folder() {
        return folder;
    }

    /** Seed 000's {@code file_type}: photo, video, audio or file. */
    public String fileType() {
        return fileType;
    }

    /** True if content of type {@code mime} (already normalised) may be uploaded as this kind. */
    public boolean accepts(String mime) {
        return accepted.contains(mime);
    }

    /**
     * The kind a conversation's download URL names ({@code img}, {@code video}, {@code audio}, {@code file}); throws
     * {@link MediaNotFoundException} for any other segment.
     */
    public static MediaKind ofSegment(String segment) {
        for (MediaKind kind : new MediaKind[] {PHOTO, VIDEO, AUDIO, FILE}) {
            if (kind.urlSegment.equals(segment)) {
                return kind;
            }
        }
        throw new MediaNotFoundException();
    }
}
