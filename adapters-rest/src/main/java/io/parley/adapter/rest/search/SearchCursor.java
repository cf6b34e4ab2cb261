package io.parley.adapter.rest.search;

import io.parley.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Search's {@code cursor}: an opaque text (base64url of "m" + the last message id), read back only as written. */
final class SearchCursor {
    private static final int MAX_LENGTH = 40;

    private SearchCursor() {}

    static String encode(Long beforeId) {
        return beforeId == null
                ? null
                : Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("m" + beforeId).getBytes(StandardCharsets.US_ASCII));
    }

    /** The id a cursor names, null for none; a cursor this server did not write is a 400. */
    static Long decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        if (cursor.length() <= MAX_LENGTH) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                if (plain.matches("m[1-9][0-9]{0,18}")) {
                    long id = Long.parseLong(plain.substring(1));
                    if (cursor.equals(encode(id))) {
                        return id;
                    }
                }
            } catch (IllegalArgumentException unreadable) {
                // bad base64 or a number beyond long: either way not a cursor of ours
                throw invalid();
            }
        }
        throw invalid();
    }

    private static DomainException invalid() {
        return DomainException.invalid(
                "request.invalid_cursor", "cursor must be a next_cursor from an earlier page of these results");
    }
}
