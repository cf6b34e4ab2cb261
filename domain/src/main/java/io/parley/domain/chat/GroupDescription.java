package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** What a group is about: at most 1024 characters after trimming, line breaks allowed; may be empty. */
public record GroupDescription(String value) {
    static final int MAX_LENGTH = 1024;
    public static final GroupDescription EMPTY = new GroupDescription("");

    public GroupDescription {
        if (value == null || Text.length(value) > MAX_LENGTH || Text.hasControlCharactersBesidesLineBreaks(value)) {
            throw DomainException.invalid(
                    "group.invalid_description",
                    "group description must be at most " + MAX_LENGTH
                            + " characters without control characters other than line breaks");
        }
    }

    public static GroupDescription of(String raw) {
        return raw == null ? EMPTY : new GroupDescription(raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
