package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;

/** The actor adds ({@code add}) or removes {@code emoji} (as the client sent it) on a message of a conversation. */
public record ReactToMessageCommand(UserId actor, ChatAddress chat, MessageId message, String emoji, boolean add) {}
