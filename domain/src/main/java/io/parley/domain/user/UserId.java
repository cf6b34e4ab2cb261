package io.parley.domain.user;

import io.parley.domain.DomainException;

/** Identity of a user; a positive 64-bit number. */
public record UserId(long value) {
    public UserId {
        if (value <= 0) {
            throw DomainException.invalid("user.invalid_id", "user id must be a positive number");
        }
    }

    public static UserId of(long value) {
        return new UserId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
