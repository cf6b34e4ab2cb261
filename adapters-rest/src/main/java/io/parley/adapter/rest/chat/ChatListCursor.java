package io.parley.adapter.rest.chat;

import io.parley.application.model.ChatListPosition;
import io.parley.domain.DomainException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chat list's {@code cursor}: an opaque text for a {@link ChatListPosition} (base64url of "seconds.nanos.id"),
 * read back only in exactly the form this class writes.
 */
final class ChatListCursor {
    private static final Pattern FORM = Pattern.compile("(-?[0-9]{1,19})\\.([0-9]{1,9})\\.([0-9]{1,19})");
    private static final int MAX_LENGTH = 80;
    /** Chat activity lies between these; outside them a time is not one this server wrote (nor one SQL can hold). */
    private static final Instant EARLIEST = Instant.EPOCH;

    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private ChatListCursor() {}

    static String encode(ChatListPosition position) {
        String plain = position.lastActivityAt().getEpochSecond() + "."
                + position.lastActivityAt().getNano() + "." + position.chatId();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The position a cursor names, null for none; a cursor this server did not write is a 400. */
    static ChatListPosition decode(String cursor) {
        if (cursor == null) {
            return null;
        }
        if (cursor.length() <= MAX_LENGTH) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
                Matcher parts = FORM.matcher(plain);
                if (parts.matches()) {
                    ChatListPosition position = new ChatListPosition(
                            Instant.ofEpochSecond(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2))),
                            Long.parseLong(parts.group(3)));
                    Instant time = position.lastActivityAt();
                    if (!time.isBefore(EARLIEST)
                            && !time.isAfter(LATEST)
                            && encode(position).equals(cursor)) {
                        return position;
                    }
                }
            } catch (IllegalArgumentException | DateTimeException | ArithmeticException unreadable) {
                // NumberFormatException is an IllegalArgumentException: all of these mean "not our cursor"
                throw invalid();
            }
        }
        throw invalid();
    }

    private static DomainException invalid() {
        return DomainException.invalid(
                "request.invalid_cursor", "cursor must be a next_cursor from an earlier page of this list");
    }
}
