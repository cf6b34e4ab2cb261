package io.parley.adapter.wire;

import io.parley.application.message.MessageContent;
import java.util.List;

/** Reads what a client sends as a message, the same way over REST and over the sockets. */
public final class IncomingMessages {
    private IncomingMessages() {}

    /** The content of a send: seed 000's {@code type}, the text (a caption for file messages) and the file URLs. */
    public static MessageContent content(String type, String text, List<String> fileUrls) {
        return MessageContent.parse(type, text, fileUrls, MediaUrls::parseMessageFile);
    }
}
