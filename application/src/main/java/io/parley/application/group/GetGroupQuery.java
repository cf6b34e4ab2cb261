package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** A member asks about a group and its members. */
public record GetGroupQuery(UserId actor, ChatId group) {}
