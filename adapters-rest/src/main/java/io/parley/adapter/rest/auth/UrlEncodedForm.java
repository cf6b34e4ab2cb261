package io.parley.adapter.rest.auth;

import io.parley.domain.DomainException;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body read strictly: a bad percent escape is {@code
 * request.malformed_form}, bytes that are not UTF-8 are {@code request.invalid_text}, a field given twice is {@code
 * request.invalid_field} (Netty's decoder answers the first with a 500 and turns the second into U+FFFD).
 */
final class UrlEncodedForm {
    private final Map<String, String> fields;

    private UrlEncodedForm(Map<String, String> fields) {
        this.fields = fields;
    }

    /** The fields of {@code body}; throws a 400 {@link DomainException} for anything malformed. */
    static UrlEncodedForm parse(String body) {
        Map<String, String> fields = new HashMap<>();
        if (body == null || body.isEmpty()) {
            return new UrlEncodedForm(fields);
        }
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (fields.putIfAbsent(name, value) != null) {
                throw DomainException.invalid("request.invalid_field", name + " must be given once");
            }
        }
        return new UrlEncodedForm(fields);
    }

    /** The field's value, or null when the form has none. */
    String get(String name) {
        return fields.get(name);
    }

    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '+') {
                bytes.write(' ');
            } else if (c == '%') {
                if (i + 2 >= encoded.length() || hex(encoded.charAt(i + 1)) < 0 || hex(encoded.charAt(i + 2)) < 0) {
                    throw DomainException.invalid(
                            "request.malformed_form", "the form has a '%' not followed by two hex digits");
                }
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7f) {
                throw DomainException.invalid("request.malformed_form", "a form body must be percent-encoded ASCII");
            } else {
                bytes.write(c);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw DomainException.invalid("request.invalid_text", "form fields must be UTF-8 text");
        }
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
