package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A thread reply names as its root a message that is itself a reply in a thread: threads do not nest. */
public final class NestedThreadException extends DomainException {
    public NestedThreadException(MessageId named, MessageId itsRoot) {
        super(
                ErrorKind.INVALID,
                "message.thread_nested",
                "message " + named + " is a reply in the thread of " + itsRoot
                        + ": threads do not nest, reply in that thread (thread_root " + itsRoot + ")");
    }
}
