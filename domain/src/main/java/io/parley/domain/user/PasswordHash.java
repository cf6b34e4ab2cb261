package io.parley.domain.user;

import java.util.Objects;

/** An encoded password hash (algorithm, parameters, salt and digest in one string). */
public record PasswordHash(String encoded) {
    public PasswordHash {
        Objects.requireNonNull(encoded, "encoded");
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
