package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** A group's name: 1–128 characters after trimming, no control characters. */
public record GroupName(String value) {
    static final int MAX_LENGTH = 128;

    public GroupName {
        if (value == null || value.isEmpty() || Text.length(value) > MAX_LENGTH || Text.hasControlCharacters(value)) {
            throw DomainException.invalid(
                    "group.invalid_name",
                    "group name must be 1-" + MAX_LENGTH + " characters without control characters");
        }
    }

    public static GroupName of(String raw) {
        return new GroupName(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
