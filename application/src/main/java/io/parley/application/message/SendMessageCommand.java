package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** The actor writes {@code text} into a conversation; {@code clientId} (optional) makes retries safe. */
public record SendMessageCommand(UserId actor, ChatAddress chat, String text, String clientId) {
}
