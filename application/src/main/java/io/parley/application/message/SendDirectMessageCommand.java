package io.parley.application.message;

import io.parley.domain.message.ClientId;
import io.parley.domain.user.UserId;

/**
 * The actor writes to another user directly; their private chat is opened if it does not exist yet. A file message
 * names files uploaded to that private chat; {@code clientId} is as in {@link SendMessageCommand}.
 */
public record SendDirectMessageCommand(UserId actor, UserId recipient, MessageContent content, ClientId clientId) {

    /** A text message. */
    public SendDirectMessageCommand(UserId actor, UserId recipient, String text, String clientId) {
        this(actor, recipient, MessageContent.text(text), ClientId.ofNullable(clientId));
    }
}
