package io.parley.application.chat;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** A member asks about a private chat. */
public record GetPrivateChatQuery(UserId actor, ChatId chat) {}
