package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Only the author may edit a message. */
public final class NotMessageAuthorException extends DomainException {
    public NotMessageAuthorException(MessageId id) {
        super(ErrorKind.FORBIDDEN, "message.not_author", "only the author may edit message " + id);
    }
}
