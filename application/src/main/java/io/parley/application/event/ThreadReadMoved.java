package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A member's read pointer in the thread of {@code rootId} moved forward to {@code readThreadSeq}, leaving
 * {@code unreadCount} replies of others unread there. Only their own sockets hear of it ({@code audience} is the
 * reader alone), so their other devices show the same count.
 */
public record ThreadReadMoved(
        ChatId chat,
        UserId reader,
        long rootId,
        long readThreadSeq,
        long unreadCount,
        Instant at,
        List<UserId> audience)
        implements ChatEvent {
    public ThreadReadMoved {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.threadReadMoved(this);
    }
}
