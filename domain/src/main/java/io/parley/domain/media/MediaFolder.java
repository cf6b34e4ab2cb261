package io.parley.domain.media;

/** The folders of seed 000's media layout under an owner: {@code <root>/<owner kind>/<id>/<folder>}. */
public enum MediaFolder {
    PHOTOS("photos"),
    VIDEOS("videos"),
    AUDIOS("audios"),
    FILES("files"),
    VOICE_MESSAGES("messages/audio"),
    VIDEO_MESSAGES("messages/video"),
    AVATARS("avatars"),
    THUMBNAILS("thumbnails");

    private final String path;

    MediaFolder(String path) {
        this.path = path;
    }

    /** The folder's path below the owner's folder, with {@code /} between segments. */
    public String path() {
        return path;
    }
}
