package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** No such message in this conversation (or it was deleted). */
public final class MessageNotFoundException extends DomainException {
    public MessageNotFoundException(MessageId id) {
        super(ErrorKind.NOT_FOUND, "message.not_found", "message " + id + " does not exist in this chat");
    }
}
