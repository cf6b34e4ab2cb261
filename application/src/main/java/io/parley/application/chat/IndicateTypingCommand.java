package io.parley.application.chat;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** The actor started ({@code typing}) or stopped typing in a conversation. */
public record IndicateTypingCommand(UserId actor, ChatAddress chat, boolean typing) {}
