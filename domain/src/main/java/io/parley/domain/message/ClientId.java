package io.parley.domain.message;

import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** The sender's idempotency key for a send: 1–64 characters without control characters, such as a UUID. */
public record ClientId(String value) {
    static final int MAX_LENGTH = 64;

    public ClientId {
        if (value == null || value.isBlank() || Text.length(value) > MAX_LENGTH || Text.hasControlCharacters(value)) {
            throw DomainException.invalid(
                    "message.invalid_client_id",
                    "client_id must be 1-" + MAX_LENGTH + " characters without control characters");
        }
    }

    /** The key a client sent, or null if it sent none. */
    public static ClientId ofNullable(String raw) {
        return raw == null ? null : new ClientId(raw);
    }

    @Override
    public String toString() {
        return value;
    }
}
