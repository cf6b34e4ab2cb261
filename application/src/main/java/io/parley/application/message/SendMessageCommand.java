package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/**
 * The actor writes {@code content} into a conversation (a file message's files must be of that conversation);
 * {@code clientId} (optional, null) makes retries safe; {@code replyTo} (optional, null) names the message of the
 * same conversation it answers; {@code mentions} whom it mentions (null: nobody).
 */
public record SendMessageCommand(
        UserId actor,
        ChatAddress chat,
        MessageContent content,
        ClientId clientId,
        MessageId replyTo,
        Mentions mentions) {
    public SendMessageCommand {
        mentions = mentions == null ? Mentions.NONE : mentions;
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
