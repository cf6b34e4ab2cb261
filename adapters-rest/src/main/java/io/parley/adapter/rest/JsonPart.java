package io.parley.adapter.rest;

import io.micronaut.json.JsonMapper;
import io.parley.adapter.rest.json.StrictBodyRefusal;
import io.parley.domain.DomainException;
import java.io.IOException;

/**
 * Reads the {@code json} field of seed 000's multipart forms, whether sent as a plain field ({@code -F 'json={…}'}) or
 * as a typed part ({@code -F 'json=@g.json;type=application/json'}, a browser's {@code FormData} Blob); anything but
 * a JSON object is a 400.
 */
public final class JsonPart {
    private JsonPart() {}

    /** The parsed object; throws {@code request.missing_json_field} or {@code request.malformed_json} (400). */
    public static <T> T read(JsonMapper json, byte[] field, Class<T> type, String expected) {
        if (field == null) {
            throw DomainException.invalid("request.missing_json_field", "the form needs a 'json' field");
        }
        T value;
        try {
            value = json.readValue(field, type);
        } catch (IOException e) {
            throw StrictBodyRefusal.of(e).orElseGet(() -> malformed(expected));
        }
        if (value == null) {
            throw malformed(expected);
        }
        return value;
    }

    private static DomainException malformed(String expected) {
        return DomainException.invalid("request.malformed_json", "the 'json' field must hold " + expected);
    }
}
