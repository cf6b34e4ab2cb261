package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** The owner deletes the group with all its messages. */
public record DeleteGroupCommand(UserId actor, ChatId group) {}
