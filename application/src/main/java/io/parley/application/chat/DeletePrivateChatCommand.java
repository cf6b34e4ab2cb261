package io.parley.application.chat;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** A member deletes a private chat for both members. */
public record DeletePrivateChatCommand(UserId actor, ChatId chat) {}
