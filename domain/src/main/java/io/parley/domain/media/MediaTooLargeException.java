package io.parley.domain.media;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** An upload larger than the configured cap; nothing of it is kept. */
public final class MediaTooLargeException extends DomainException {
    public MediaTooLargeException(long maxBytes) {
        super(ErrorKind.TOO_LARGE, "media.too_large", "a file may be at most " + maxBytes + " bytes");
    }
}
