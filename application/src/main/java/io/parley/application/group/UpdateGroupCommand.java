package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** Renames the group or changes its description (null keeps a value); owner only. */
public record UpdateGroupCommand(UserId actor, ChatId group, String name, String description) {}
