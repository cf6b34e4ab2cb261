package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A private chat needs two different people. */
public final class ChatWithSelfException extends DomainException {
    public ChatWithSelfException() {
        super(ErrorKind.INVALID, "chat.with_self", "a private chat needs another user");
    }
}
