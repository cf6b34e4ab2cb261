package io.parley.application.model;

import io.parley.domain.message.Message;
import java.util.List;

/**
 * A stored message with its author's current display name, the files it carries, in order, the quote of the message
 * it replies to (null: none), its reactions, its pin (null: not pinned) and, on a thread's root, the thread's summary
 * (null: no live replies in a thread of it).
 */
public record AuthoredMessage(
        Message message,
        String authorName,
        List<MediaFile> files,
        QuoteView quote,
        List<ReactionCount> reactions,
        PinView pin,
        ThreadSummaryView thread) {
    public AuthoredMessage {
        files = files == null ? List.of() : List.copyOf(files);
        reactions = reactions == null ? List.of() : List.copyOf(reactions);
    }

    /** A message with files, not yet with its quote and reactions. */
    public AuthoredMessage(Message message, String authorName, List<MediaFile> files) {
        this(message, authorName, files, null, List.of(), null, null);
    }

    /** A message without files. */
    public AuthoredMessage(Message message, String authorName) {
        this(message, authorName, List.of());
    }

    /** The same message with its quote and reactions. */
    public AuthoredMessage withExtras(QuoteView quote, List<ReactionCount> reactions) {
        return new AuthoredMessage(message, authorName, files, quote, reactions, pin, thread);
    }

    /** The same message with its quote, reactions, pin and, on a thread's root, the thread's summary. */
    public AuthoredMessage withExtras(
            QuoteView quote, List<ReactionCount> reactions, PinView pin, ThreadSummaryView threadSummary) {
        return new AuthoredMessage(message, authorName, files, quote, reactions, pin, threadSummary);
    }
}
