package io.parley.application.message;

import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;

/** A live message that a member acts on, with the member's standing in its conversation. */
record TargetMessage(Membership actor, Message message) {}
