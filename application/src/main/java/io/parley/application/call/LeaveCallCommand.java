package io.parley.application.call;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A socket leaves a call (it said so, or it closed). */
public record LeaveCallCommand(UserId actor, ChatAddress chat, String sessionId) {}
