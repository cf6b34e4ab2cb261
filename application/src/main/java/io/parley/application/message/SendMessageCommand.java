package io.parley.application.message;

import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.util.Objects;

/**
 * The actor writes {@code content} into a conversation (a file message's files must be of that conversation);
 * {@code clientId} (optional, null) makes retries safe; {@code replyTo} (optional, null) names the message of the
 * same conversation it answers; {@code mentions} whom it mentions (null: nobody). A forward names the message it
 * copies in {@code forwardFrom} and has no content, reply or mentions of its own ({@code message.forward_with_content},
 * {@code message.forward_with_reply}, 400). {@code threadRoot} (optional, null) puts the message into the
 * thread of that message of the same conversation (a forward goes into none: {@code message.forward_with_reply}).
 */
public record SendMessageCommand(
        UserId actor,
        ChatAddress chat,
        MessageContent content,
        ClientId clientId,
        MessageId replyTo,
        Mentions mentions,
        ForwardSource forwardFrom,
        MessageId threadRoot) {
    public SendMessageCommand {
        if (forwardFrom != null) {
            if (replyTo != null || threadRoot != null) {
                throw DomainException.invalid(
                        "message.forward_with_reply",
                        "a forward replies to nothing and goes into no thread: send the reply on its own");
            }
            if (content != null || mentions != null && !mentions.isEmpty()) {
                throw DomainException.invalid(
                        "message.forward_with_content",
                        "a forward carries the original's text and files only: send your own words as a message");
            }
        } else {
            Objects.requireNonNull(content, "content");
        }
        mentions = mentions == null ? Mentions.NONE : mentions;
    }

    /** A send that forwards nothing. */
    public SendMessageCommand(
            UserId actor,
            ChatAddress chat,
            MessageContent content,
            ClientId clientId,
            MessageId replyTo,
            Mentions mentions) {
        this(actor, chat, content, clientId, replyTo, mentions, null, null);
    }

    /** A send that forwards nothing, in the thread of {@code threadRoot} (null: in none). */
    public SendMessageCommand(
            UserId actor,
            ChatAddress chat,
            MessageContent content,
            ClientId clientId,
            MessageId replyTo,
            Mentions mentions,
            MessageId threadRoot) {
        this(actor, chat, content, clientId, replyTo, mentions, null, threadRoot);
    }

    /** A forward of {@code from} into {@code chat}. */
    public static SendMessageCommand forward(UserId actor, ChatAddress chat, ForwardSource from, ClientId clientId) {
        return new SendMessageCommand(actor, chat, null, clientId, null, null, from, null);
    }

    /** A send that mentions nobody. */
    public SendMessageCommand(
            UserId actor, ChatAddress chat, MessageContent content, ClientId clientId, MessageId replyTo) {
        this(actor, chat, content, clientId, replyTo, Mentions.NONE);
    }

    /** A send that replies to nothing. */
    public SendMessageCommand(UserId actor, ChatAddress chat, MessageContent content, ClientId clientId) {
        this(actor, chat, content, clientId, null);
    }

    /** A text message. */
    public SendMessageCommand(UserId actor, ChatAddress chat, String text, String clientId) {
        this(actor, chat, MessageContent.text(text), ClientId.ofNullable(clientId));
    }
}
