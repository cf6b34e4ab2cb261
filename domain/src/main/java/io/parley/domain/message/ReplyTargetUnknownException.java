package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/**
 * A reply names a message that is not a live message of the same conversation; messages of other conversations get
 * the same answer, so the refusal tells nothing about them.
 */
public final class ReplyTargetUnknownException extends DomainException {
    public ReplyTargetUnknownException(MessageId named) {
        super(
                ErrorKind.INVALID,
                "message.reply_to_unknown",
                "reply_to " + named + " is not a message of this chat (it may have been deleted)");
    }
}
