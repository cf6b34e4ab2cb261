package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** A moderator makes the group public ({@code open} true: anyone may join by themselves) or private. */
public record ChangeGroupVisibilityCommand(UserId actor, ChatId group, boolean open) {}
