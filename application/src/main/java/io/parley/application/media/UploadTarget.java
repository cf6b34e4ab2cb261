package io.parley.application.media;

import io.parley.domain.media.MediaKind;
import io.parley.domain.media.UnsupportedMediaTypeException;
import java.util.List;

/**
 * The upload endpoints of seed 000: one kind each, or {@code imgvid}, which sorts photos and videos by their detected
 * type.
 */
public enum UploadTarget {
    IMG("img", List.of(MediaKind.PHOTO)),
    VIDEO("video", List.of(MediaKind.VIDEO)),
    AUDIO("audio", List.of(MediaKind.AUDIO)),
    FILE("file", List.of(MediaKind.FILE)),
    IMGVID("imgvid", List.of(MediaKind.PHOTO, MediaKind.VIDEO)),
    VOICE("message/audio", List.of(MediaKind.VOICE)),
    VIDEO_NOTE("message/video", List.of(MediaKind.VIDEO_NOTE)),
    AVATAR("avatar", List.of(MediaKind.AVATAR));

    private final String segment;
    private final List<MediaKind> kinds;

    UploadTarget(String segment, List<MediaKind> kinds) {
        this.segment = segment;
        this.kinds = kinds;
    }

    /** True for voice and video messages and avatars: one file per upload. */
    public boolean singleFile() {
        return this == VOICE || this == VIDEO_NOTE || this == AVATAR;
    }

    /** The kind a file of detected type {@code mime} is stored as here; 415 if this endpoint does not take it. */
    public MediaKind kindFor(String mime) {
        return kinds.stream()
                .filter(kind -> kind.accepts(mime))
                .findFirst()
                .orElseThrow(() -> new UnsupportedMediaTypeException(mime, "/" + segment));
    }
}
