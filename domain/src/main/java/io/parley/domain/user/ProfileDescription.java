package io.parley.domain.user;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** Free text a user writes about themselves: at most 500 characters after trimming, line breaks allowed; may be empty. */
public record ProfileDescription(String value) {
    static final int MAX_LENGTH = 500;
    public static final ProfileDescription EMPTY = new ProfileDescription("");

    public ProfileDescription {
        if (value == null || Text.length(value) > MAX_LENGTH || Text.hasControlCharactersBesidesLineBreaks(value)) {
            throw DomainException.invalid(
                    "user.invalid_description",
                    "description must be at most " + MAX_LENGTH
                            + " characters without control characters other than line breaks");
        }
    }

    public static ProfileDescription of(String raw) {
        return raw == null ? EMPTY : new ProfileDescription(raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
