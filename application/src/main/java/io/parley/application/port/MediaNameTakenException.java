package io.parley.application.port;

/** A {@link MediaStore} already holds a file at the location it was asked to fill; nothing was overwritten. */
public final class MediaNameTakenException extends IllegalStateException {
    public MediaNameTakenException(String location, Throwable cause) {
        super("a media file already exists at " + location, cause);
    }
}
