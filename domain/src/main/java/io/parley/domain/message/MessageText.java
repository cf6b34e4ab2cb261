package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** What a message says: 1–4096 characters after trimming; line breaks and tabs allowed, other control characters not. */
public record MessageText(String value) {
    public static final int MAX_LENGTH = 4096;

    public MessageText {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("message.empty_text", "text must not be empty");
        }
        if (Text.length(value) > MAX_LENGTH) {
            throw DomainException.invalid(
                    "message.text_too_long", "text must be at most " + MAX_LENGTH + " characters");
        }
        if (Text.hasControlCharactersBesidesLineBreaks(value)) {
            throw DomainException.invalid("message.invalid_text", "text must not contain control characters");
        }
    }

    public static MessageText of(String raw) {
        return new MessageText(raw == null ? null : raw.strip());
    }

    @Override
    public String toString() {
        return value;
    }
}
