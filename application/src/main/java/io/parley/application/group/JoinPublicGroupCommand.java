package io.parley.application.group;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** A user joins a public group by themselves (seed 004's join). */
public record JoinPublicGroupCommand(UserId actor, ChatId group) {}
