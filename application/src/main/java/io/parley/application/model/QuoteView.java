package io.parley.application.model;

import io.parley.domain.message.Message;

/**
 * The compact quote a reply carries of the message it answers, as that message is now: its author, the first
 * {@link #MAX_TEXT} characters of its text (a caption for files) and its type, or {@code deleted} (then no text).
 */
public record QuoteView(long messageId, long authorId, String authorName, String text, String type, boolean deleted) {
    /** How many characters (code points) of the original a quote carries. */
    public static final int MAX_TEXT = 200;

    /** The quote of a live message. */
    public static QuoteView of(Message original, String authorName) {
        String text = original.textValue();
        if (text.codePointCount(0, text.length()) > MAX_TEXT) {
            text = text.substring(0, text.offsetByCodePoints(0, MAX_TEXT));
        }
        return new QuoteView(
                original.id().value(),
                original.author().value(),
                authorName,
                text,
                original.kind().wireName(),
                false);
    }
}
