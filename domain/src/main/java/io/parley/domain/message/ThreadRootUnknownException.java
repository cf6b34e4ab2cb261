package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/**
 * A thread reply names a root that is not a live message of the same conversation; messages of other conversations
 * get the same answer, so the refusal tells nothing about them.
 */
public final class ThreadRootUnknownException extends DomainException {
    public ThreadRootUnknownException(MessageId named) {
        super(
                ErrorKind.INVALID,
                "message.thread_root_unknown",
                "thread_root " + named + " is not a message of this chat (it may have been deleted)");
    }
}
