package io.parley.application.model;

import io.parley.domain.chat.ChatId;

/** A session the roster dropped because no node kept it alive; {@code callEmpty}: it was the last one in its call. */
public record AbandonedSession(ChatId room, CallParticipant participant, boolean callEmpty) {}
