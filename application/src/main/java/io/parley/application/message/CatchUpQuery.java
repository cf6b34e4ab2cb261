package io.parley.application.message;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A member asks for every change of a conversation after change cursor {@code since}. */
public record CatchUpQuery(UserId actor, ChatAddress chat, long since) {
    public CatchUpQuery {
        if (since < 0) {
            throw DomainException.invalid("request.invalid_cursor", "since must not be negative");
        }
    }
}
