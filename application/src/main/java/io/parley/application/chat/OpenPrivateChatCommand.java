package io.parley.application.chat;

import io.parley.domain.user.UserId;

/** Opens (or finds) the private chat of the actor and another user. */
public record OpenPrivateChatCommand(UserId actor, UserId other) {}
