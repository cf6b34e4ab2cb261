package io.parley.application.message;

import io.parley.domain.DomainException;
import io.parley.domain.media.MediaRef;
import io.parley.domain.message.MessageKind;
import io.parley.domain.message.MessageText;
import java.util.List;
import java.util.function.Function;

/**
 * What a message says, parsed once at the edge: its seed-000 kind, its text (null for a file message sent without a
 * caption) and the files it carries. A text message carries no files; {@code with_files} 1–10 different ones, a voice
 * or video message exactly one. Which conversation the files are of is the send's to check.
 */
public record MessageContent(MessageKind kind, MessageText text, List<MediaRef> files) {
    /** The most files one message carries. */
    public static final int MAX_FILES = 10;

    public MessageContent {
        files = List.copyOf(files);
        if (kind == MessageKind.TEXT && (text == null || !files.isEmpty())) {
            throw new IllegalArgumentException("a text message has a text and no files");
        }
        if (kind != MessageKind.TEXT && (files.isEmpty() || files.size() > maxFiles(kind))) {
            throw new IllegalArgumentException(kind + " carries 1 to " + maxFiles(kind) + " files");
        }
    }

    /** A text message. */
    public static MessageContent text(String text) {
        return new MessageContent(MessageKind.TEXT, MessageText.of(text), List.of());
    }

    /**
     * Reads a client's message: {@code type} as seed 000 names it ({@code message} when null), the text (optional
     * caption for file messages) and the file URLs, each read by {@code urlReader}. Refuses with 400 what no message
     * could be ({@code message.invalid_type}, {@code message.invalid_text}, {@code message.invalid_files}, …), before
     * any URL is read.
     */
    public static MessageContent parse(
            String type, String text, List<String> urls, Function<String, MediaRef> urlReader) {
        MessageKind kind = MessageKind.of(type);
        // a file message's caption is optional
        MessageText parsed = kind == MessageKind.TEXT || text != null && !text.isBlank() ? MessageText.of(text) : null;
        List<String> given = urls == null ? List.of() : urls;
        checkShape(kind, given);
        return new MessageContent(kind, parsed, given.stream().map(urlReader).toList());
    }

    private static void checkShape(MessageKind kind, List<String> urls) {
        if (kind == MessageKind.TEXT) {
            if (!urls.isEmpty()) {
                throw DomainException.invalid(
                        "message.invalid_files",
                        "a text message carries no files; send type with_files, audio_message or video_message");
            }
            return;
        }
        if (urls.stream().anyMatch(url -> url == null || url.isBlank())) {
            throw DomainException.invalid("message.invalid_files", "file URLs must be non-empty strings");
        }
        int max = maxFiles(kind);
        if (urls.isEmpty() || urls.size() > max || urls.stream().distinct().count() != urls.size()) {
            throw DomainException.invalid(
                    "message.invalid_files",
                    kind.wireName() + " needs "
                            + (max == 1 ? "exactly one file URL" : "1 to " + max + " different file URLs"));
        }
    }

    private static int maxFiles(MessageKind kind) {
        return kind == MessageKind.WITH_FILES ? MAX_FILES : 1;
    }
}
