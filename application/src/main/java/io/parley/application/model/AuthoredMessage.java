package io.parley.application.model;

import io.parley.domain.message.Message;
import java.util.List;

/** A stored message with its author's current display name and the files it carries, in order. */
public record AuthoredMessage(Message message, String authorName, List<MediaFile> files) {
    public AuthoredMessage {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** A message without files. */
    public AuthoredMessage(Message message, String authorName) {
        this(message, authorName, List.of());
    }
}
