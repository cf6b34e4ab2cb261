package io.parley.application.port;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A concurrent request opened the same pair's private chat first; the caller re-reads it. */
public final class PrivateChatExistsException extends DomainException {
    public PrivateChatExistsException() {
        super(ErrorKind.CONFLICT, "chat.exists", "these users already have a private chat");
    }
}
