package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The author replaces a message's text. */
public record EditMessageCommand(UserId actor, ChatAddress chat, MessageId message, String text) {
}
