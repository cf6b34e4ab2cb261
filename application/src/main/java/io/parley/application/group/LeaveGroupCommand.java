package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** The actor leaves the group. */
public record LeaveGroupCommand(UserId actor, ChatId group) {}
