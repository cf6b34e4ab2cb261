package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A message was deleted; it is gone from history. */
public record MessageDeleted(ChatId chat, MessageId message, long seq, List<UserId> audience) implements ChatEvent {
}
