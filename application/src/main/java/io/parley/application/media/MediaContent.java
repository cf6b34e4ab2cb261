package io.parley.application.media;

import java.io.InputStream;
import java.util.function.BiFunction;

/** A media file a member may read, with a way to read any range of its bytes (offset, length). */
public record MediaContent(MediaFile file, BiFunction<Long, Long, InputStream> ranges) {

    /** The bytes from {@code offset}, {@code length} of them; the caller closes the stream. */
    public InputStream open(long offset, long length) {
        return ranges.apply(offset, length);
    }
}
