package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A message was deleted by {@code deletedBy}, called {@code deletedByName}; it is gone from history. */
public record MessageDeleted(
        ChatId chat,
        ChatKind kind,
        MessageId message,
        long seq,
        UserId deletedBy,
        String deletedByName,
        Instant at,
        long cursor,
        List<UserId> audience)
        implements SequencedChatEvent {
    public MessageDeleted {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.messageDeleted(this);
    }

    @Override
    public <R> R accept(SequencedChatEventVisitor<R> visitor) {
        return visitor.messageDeleted(this);
    }
}
