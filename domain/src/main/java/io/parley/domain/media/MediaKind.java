package io.parley.domain.media;

import java.util.Set;

/**
 * What a file was uploaded as, with the folder it goes to, the {@code file_type} clients see and the content types
 * seed 000 accepts for it (detected from the bytes, never taken from the client).
 */
public enum MediaKind {
    PHOTO(
            MediaFolder.PHOTOS,
            "photo",
            Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/svg+xml", "image/bmp")),
    VIDEO(
            MediaFolder.VIDEOS,
            "video",
            Set.of("video/mp4", "video/mpeg", "video/quicktime", "video/webm", "video/x-msvideo", "video/x-ms-wmv")),
    AUDIO(MediaFolder.AUDIOS, "audio", Set.of("audio/mpeg", "audio/wav", "audio/ogg", "audio/webm", "audio/aac")),
    FILE(
            MediaFolder.FILES,
            "file",
            Set.of(
                    "application/pdf",
                    "application/msword",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "application/vnd.ms-excel",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "text/plain",
                    "text/csv",
                    "application/zip",
                    "application/x-rar-compressed")),
    /** A voice message. */
    VOICE(MediaFolder.VOICE_MESSAGES, "audio", AUDIO.accepted),
    /** A video message. */
    VIDEO_NOTE(MediaFolder.VIDEO_MESSAGES, "video", VIDEO.accepted),
    /** A user's or group's picture: raster images only (an SVG could carry script). */
    AVATAR(MediaFolder.AVATARS, "photo", Set.of("image/jpeg", "image/png", "image/gif", "image/webp", "image/bmp"));

    private final MediaFolder folder;
    private final String fileType;
    private final Set<String> accepted;

    MediaKind(MediaFolder folder, String fileType, Set<String> accepted) {
        this.folder = folder;
        this.fileType = fileType;
        this.accepted = accepted;
    }

    public MediaFolder folder() {
        return folder;
    }

    /** Seed 000's {@code file_type}: photo, video, audio or file. */
    public String fileType() {
        return fileType;
    }

    /** True for the kinds a conversation's own file endpoints hold and a {@code with_files} message carries. */
    public boolean isConversationFile() {
        return this == PHOTO || this == VIDEO || this == AUDIO || this == FILE;
    }

    /** True if content of type {@code mime} (already normalised) may be uploaded as this kind. */
    public boolean accepts(String mime) {
        return accepted.contains(mime);
    }
}
