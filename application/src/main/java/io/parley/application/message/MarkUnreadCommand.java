package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** A member marks a conversation unread from a message on: that message and the later ones count as unread again. */
public record MarkUnreadCommand(UserId actor, ChatAddress chat, MessageId from) {}
