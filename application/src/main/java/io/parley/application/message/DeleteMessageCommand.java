package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** A member deletes a message. */
public record DeleteMessageCommand(UserId actor, ChatAddress chat, MessageId message) {}
