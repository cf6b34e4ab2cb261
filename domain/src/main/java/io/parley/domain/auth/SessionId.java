package io.parley.domain.auth;

import java.util.Objects;
import java.util.UUID;

/** One login session: the family of refresh tokens that rotate from a single login. */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "value");
    }

    public static SessionId random() {
        return new SessionId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
