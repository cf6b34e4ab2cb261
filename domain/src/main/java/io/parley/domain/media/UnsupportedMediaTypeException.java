package io.parley.domain.media;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The bytes of an upload are not of a type its endpoint accepts (whatever its name or declared type say). */
public final class UnsupportedMediaTypeException extends DomainException {
    public UnsupportedMediaTypeException(String detected, String endpoint) {
        super(
                ErrorKind.UNSUPPORTED,
                "media.unsupported_type",
                "the file's content is " + detected + ", which " + endpoint + " does not accept");
    }
}
