package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Only the author, or the owner of the group, may delete a message. */
public final class MessageDeletionForbiddenException extends DomainException {
    public MessageDeletionForbiddenException(MessageId id) {
        super(
                ErrorKind.FORBIDDEN,
                "message.delete_forbidden",
                "only the author or the group owner may delete message " + id);
    }
}
