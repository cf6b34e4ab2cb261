package io.parley.application.media;

import io.parley.application.model.MediaFile;
import io.parley.application.port.MediaStore;
import java.io.InputStream;
import java.util.function.BiFunction;

/** A media file a member may read, with a way to read any range of its bytes (offset, length). */
public record MediaContent(MediaFile file, BiFunction<Long, Long, InputStream> ranges) {

    /** The file (or, if asked for and made, its preview) read from {@code store}. */
    public static MediaContent of(MediaFile file, boolean thumbnail, MediaStore store) {
        if (thumbnail && file.thumbnail() != null) {
            return new MediaContent(
                    file.asThumbnail(), (offset, length) -> store.open(file.thumbnailLocation(), offset, length));
        }
        return new MediaContent(file, (offset, length) -> store.open(file.location(), offset, length));
    }

    /** The bytes from {@code offset}, {@code length} of them; the caller closes the stream. */
    public InputStream open(long offset, long length) {
        return ranges.apply(offset, length);
    }
}
