package io.parley.application.call;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A member's socket joins the call of a conversation. */
public record JoinCallCommand(UserId actor, ChatAddress chat) {
}
