package io.parley.adapter.websocket.frame;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A client frame that cannot be acted on as sent: not JSON, an unknown type, a missing or mistyped field. */
public final class FrameException extends DomainException {
    public FrameException(String code, String message) {
        super(ErrorKind.INVALID, code, message);
    }
}
