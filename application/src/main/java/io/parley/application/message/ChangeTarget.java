package io.parley.application.message;

import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;

/** A live message about to be changed, re-read under its conversation's lock, with the change's cursor. */
record ChangeTarget(Membership actor, Message message, long cursor) {}
