package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** A member has read a conversation up to and including a message. */
public record MarkReadCommand(UserId actor, ChatAddress chat, MessageId upTo) {}
