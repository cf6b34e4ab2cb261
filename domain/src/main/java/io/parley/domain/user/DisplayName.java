package io.parley.domain.user;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** The name other users see: 1–64 characters after trimming, no control characters. */
public record DisplayName(String value) {
    static final int MAX_LENGTH = 64;

    public DisplayName {
        if (value == null || value.isEmpty() || Text.length(value) > MAX_LENGTH || Text.hasControlCharacters(value)) {
            throw DomainException.invalid(
                    "user.invalid_name", "name must be 1-" + MAX_LENGTH + " characters without control characters");
        }
    }

    public static DisplayName of(String raw) {
        return new DisplayName(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
