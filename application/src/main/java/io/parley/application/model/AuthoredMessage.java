package io.parley.application.model;

import io.parley.domain.message.Message;
import java.util.List;

/**
 * A stored message with its author's current display name, the files it carries, in order, the quote of the message
 * it replies to (null: none), its reactions and its pin (null: not pinned).
 */
public record AuthoredMessage(
        Message message,
        String authorName,
        List<MediaFile> files,
        QuoteView quote,
        List<ReactionCount> reactions,
        PinView pin) {
    public AuthoredMessage {
        files = files == null ? List.of() : List.copyOf(files);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    /** A message with files, not yet with its quote and reactions. */
    public AuthoredMessage(Message message, String authorName, List<MediaFile> files) {
        this(message, authorName, files, null, List.of(), null);
    }

    /** A message without files. */
    public AuthoredMessage(Message message, String authorName) {
        this(message, authorName, List.of());
    }

    /** The same message with its quote and reactions. */
    public AuthoredMessage withExtras(QuoteView quote, List<ReactionCount> reactions) {
        return new AuthoredMessage(message, authorName, files, quote, reactions, pin);
    }

    /** The same message with its quote, reactions and pin. */
    public AuthoredMessage withExtras(QuoteView quote, List<ReactionCount> reactions, PinView pin) {
        return new AuthoredMessage(message, authorName, files, quote, reactions, pin);
    }
}
