package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A member marked a conversation unread from message {@code messageId} ({@code seq}) on: their own pointer is now
 * {@code readSeq} and {@code unreadCount} messages of others count as unread. Only their own sockets hear of it
 * ({@code audience} is the reader alone); other members' view of the reader's receipts is unchanged.
 */
public record MarkedUnread(
        ChatId chat,
        UserId reader,
        String readerName,
        long messageId,
        long seq,
        long readSeq,
        long unreadCount,
        Instant at,
        List<UserId> audience)
        implements ChatEvent {
    public MarkedUnread {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.markedUnread(this);
    }
}
