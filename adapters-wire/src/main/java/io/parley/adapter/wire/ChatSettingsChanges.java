package io.parley.adapter.wire;

import io.micronaut.json.tree.JsonNode;
import io.parley.application.chat.MuteRequest;
import io.parley.domain.DomainException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads the fields of a chat settings change, over REST and sockets alike: {@code muted_until} (absent: kept; null:
 * unmute; {@code "forever"}; or an RFC 3339 time with an offset) and {@code archived} (absent or null: kept; otherwise
 * exactly {@code true} or {@code false}). A wrong type is refused with {@code <prefix>.invalid_field}.
 */
public final class ChatSettingsChanges {
    private ChatSettingsChanges() {}

    /** The mute asked for by {@code object}'s {@code muted_until}, or null if it names none. */
    public static MuteRequest mute(JsonNode object, String prefix) {
        // an absent field (no node) keeps the mute; a JSON null (a null node) ends it
        JsonNode value = object == null ? null : object.get("muted_until");
        if (value == null) {
            return null;
        }
        if (value.isNull()) {
            return MuteRequest.UNMUTE;
        }
        if (!value.isString()) {
            throw refused(prefix, "muted_until must be an RFC 3339 time, \"forever\" or null");
        }
        String text = value.getStringValue();
        if (ChatSettingsJson.FOREVER.equals(text)) {
            return new MuteRequest(null, true);
        }
        try {
            return new MuteRequest(OffsetDateTime.parse(text).toInstant(), false);
        } catch (DateTimeParseException e) {
            throw refused(prefix, "muted_until must be an RFC 3339 time, \"forever\" or null");
        }
    }

    /** Whether {@code object}'s {@code archived} asks to archive (true) or bring back (false); null if absent. */
    public static Boolean archived(JsonNode object, String prefix) {
        JsonNode value = object == null ? null : object.get("archived");
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw refused(prefix, "archived must be true or false");
        }
        return value.getBooleanValue();
    }

    private static DomainException refused(String prefix, String message) {
        return DomainException.invalid(prefix + ".invalid_field", message);
    }
}
