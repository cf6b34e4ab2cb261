package io.parley.application.model;

import io.parley.domain.chat.ChatKind;

/** A message its reader has not read yet, with the kind of conversation it is in. */
public record UnreadMessage(AuthoredMessage message, ChatKind kind) {}
