package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The actor pins ({@code pin}) or unpins a message of a conversation. */
public record PinMessageCommand(UserId actor, ChatAddress chat, MessageId message, boolean pin) {}
