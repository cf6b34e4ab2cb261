package io.parley.application.port;

import java.io.InputStream;
import java.util.Optional;

/** Makes small previews of images. */
public interface Thumbnailer {
    /**
     * A PNG at most {@code maxSide} pixels wide and high, keeping the aspect ratio, of the image in {@code image}
     * (type {@code mime}); empty if the type cannot be previewed or the image is unreadable or too large to decode
     * safely. Never throws for bad image data.
     */
    Optional<byte[]> thumbnail(InputStream image, String mime, int maxSide);
}
