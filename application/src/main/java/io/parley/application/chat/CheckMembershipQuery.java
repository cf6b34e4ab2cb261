package io.parley.application.chat;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** Is the actor a member of the addressed conversation? */
public record CheckMembershipQuery(UserId actor, ChatAddress chat) {}
