package io.parley.domain.media;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** No such media file for this caller: missing, never uploaded here, or a name that cannot be one of ours. */
public final class MediaNotFoundException extends DomainException {
    public MediaNotFoundException() {
        super(ErrorKind.NOT_FOUND, "media.not_found", "no such file");
    }
}
