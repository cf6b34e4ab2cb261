package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Seed 000's {@code status} inside a message: whether the author had an open socket when the message was read or
 * sent ({@code type} is always {@code status}, as in a {@code status} frame's payload).
 */
@Serdeable
public record AuthorStatusJson(String type, long userId, boolean online) {
    /** The status of author {@code userId}. */
    public static AuthorStatusJson of(long userId, boolean online) {
        return new AuthorStatusJson("status", userId, online);
    }
}
