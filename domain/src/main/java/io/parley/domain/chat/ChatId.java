package io.parley.domain.chat;

import io.parley.domain.DomainException;

/** Identity of a conversation, private chat or group alike; a positive 64-bit number. */
public record ChatId(long value) {
    public ChatId {
        if (value <= 0) {
            throw DomainException.invalid("chat.invalid_id", "chat id must be a positive number");
        }
    }

    public static ChatId of(long value) {
        return new ChatId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
