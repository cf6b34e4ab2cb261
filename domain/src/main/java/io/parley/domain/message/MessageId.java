package io.parley.domain.message;

import io.parley.domain.DomainException;

/** Identity of a message; a positive 64-bit number, unique across all conversations. */
public record MessageId(long value) {
    public MessageId {
        if (value <= 0) {
            throw DomainException.invalid("message.invalid_id", "message id must be a positive number");
        }
    }

    public static MessageId of(long value) {
        return new MessageId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
