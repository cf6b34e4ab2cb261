package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** The actor asks for the pinned messages of a conversation. */
public record ListPinnedMessagesQuery(UserId actor, ChatAddress chat) {}
