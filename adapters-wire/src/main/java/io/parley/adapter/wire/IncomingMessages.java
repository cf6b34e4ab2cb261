package io.parley.adapter.wire;

import io.parley.application.message.MessageContent;
import io.parley.domain.mention.Mentions;
import java.util.List;

/** Reads what a client sends as a message, the same way over REST and over the sockets. */
public final class IncomingMessages {
    private IncomingMessages() {}

    /** The content of a send: seed 000's {@code type}, the text (a caption for file messages) and the file URLs. */
    public static MessageContent content(String type, String text, List<String> fileUrls) {
        return MessageContent.parse(type, text, fileUrls, MediaUrls::parseMessageFile);
    }

    /**
     * Whom a send or an edit mentions: the user ids of {@code mentions} and {@code mention_all}; null when the client
     * named neither (a send then mentions nobody, an edit keeps what the message mentioned).
     */
    public static Mentions mentions(List<Long> ids, Boolean everyone) {
        if (ids == null && everyone == null) {
            return null;
        }
        return Mentions.of(ids, Boolean.TRUE.equals(everyone));
    }
}
