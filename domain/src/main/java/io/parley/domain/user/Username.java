package io.parley.domain.user;

import io.parley.domain.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A login handle: 3–32 characters of {@code [a-z0-9_.]}, compared and stored in lower case. */
public record Username(String value) {
    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9_.]{3,32}");

    public Username {
        if (value == null || !ALLOWED.matcher(value).matches()) {
            throw DomainException.invalid(
                    "user.invalid_username", "username must be 3-32 characters of a-z, 0-9, '_' and '.'");
        }
    }

    /** Lower-cases what the client typed, then validates it, so {@code Alice} and {@code alice} are one name. */
    public static Username of(String raw) {
        return new Username(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The username, or empty when {@code raw} is not a valid one (for lookups that must not reveal why). */
    public static Optional<Username> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip().toLowerCase(Locale.ROOT);
        return ALLOWED.matcher(candidate).matches() ? Optional.of(new Username(candidate)) : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
