package io.parley.domain.user;

import io.parley.domain.DomainException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** An e-mail address, stored in lower case; only its shape is checked, not its deliverability. */
public record Email(String value) {
    /** Control characters are refused: PostgreSQL cannot store NUL, and none belongs in an address. */
    private static final Pattern SHAPE =
            Pattern.compile("[^@\\s\\p{Cntrl}]{1,64}@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]+");

    private static final int MAX_LENGTH = 254;

    public Email {
        if (value == null
                || value.length() > MAX_LENGTH
                || !SHAPE.matcher(value).matches()) {
            throw DomainException.invalid("user.invalid_email", "email must look like name@example.org");
        }
    }

    public static Email of(String raw) {
        return new Email(raw == null ? null : raw.strip().toLowerCase(Locale.ROOT));
    }

    /** The address, or empty when {@code raw} is not shaped like one. */
    public static Optional<Email> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String candidate = raw.strip().toLowerCase(Locale.ROOT);
        return candidate.length() <= MAX_LENGTH && SHAPE.matcher(candidate).matches()
                ? Optional.of(new Email(candidate))
                : Optional.empty();
    }

    /** True when a login string is meant as an e-mail rather than a username. */
    public static boolean looksLikeEmail(String login) {
        return login != null && login.indexOf('@') >= 0;
    }

    @Override
    public String toString() {
        return value;
    }
}
