package io.parley.adapter.wire;

import io.parley.application.message.ForwardSource;
import io.parley.application.message.MessageContent;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageKind;
import java.util.List;

/** Reads what a client sends as a message, the same way over REST and over the sockets. */
public final class IncomingMessages {
    private IncomingMessages() {}

    /** The content of a send: seed 000's {@code type}, the text (a caption for file messages) and the file URLs. */
    public static MessageContent content(String type, String text, List<String> fileUrls) {
        return MessageContent.parse(type, text, fileUrls, MediaUrls::parseMessageFile);
    }

    /**
     * The content of a send that may be a forward: none for a forward, which may name no text, files or file type
     * other than {@code message} ({@code message.forward_with_content}); otherwise as {@link #content(String, String,
     * List)}.
     */
    public static MessageContent content(String type, String text, List<String> fileUrls, ForwardSource forward) {
        if (forward == null) {
            return content(type, text, fileUrls);
        }
        boolean files = fileUrls != null && !fileUrls.isEmpty();
        if (text != null
                || files
                || type != null && !MessageKind.TEXT.wireName().equals(type)) {
            throw DomainException.invalid(
                    "message.forward_with_content",
                    "a forward carries the original's text and files only: send your own words as a message");
        }
        return null;
    }

    /**
     * The message a send forwards, from {@code forward_from}'s {@code chat_id} or {@code group_id} (exactly one) and
     * {@code message_id}, all ids &gt; 0; null when the client named no {@code forward_from}; anything else is
     * {@code message.invalid_forward} (400).
     */
    public static ForwardSource forward(boolean given, Long chatId, Long groupId, Long messageId) {
        if (!given) {
            return null;
        }
        if ((chatId == null) == (groupId == null) || messageId == null) {
            throw invalidForward();
        }
        long chat = chatId != null ? chatId : groupId;
        if (chat <= 0 || messageId <= 0) {
            throw invalidForward();
        }
        return new ForwardSource(
                chatId != null ? ChatAddress.privateChat(chat) : ChatAddress.group(chat), MessageId.of(messageId));
    }

    private static DomainException invalidForward() {
        return DomainException.invalid(
                "message.invalid_forward",
                "forward_from is {\"chat_id\" or \"group_id\": <id>, \"message_id\": <id>}, ids > 0");
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
