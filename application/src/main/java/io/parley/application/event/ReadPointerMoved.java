package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A member has now read everything up to message {@code messageId} ({@code seq}); pointers only move forward.
 * {@code bySending} is true when the move came from the reader sending a message (which others learn from the
 * message itself). {@code readByAll} names, per author, the newest message that this move made read by everyone.
 */
public record ReadPointerMoved(
        ChatId chat,
        UserId reader,
        String readerName,
        long messageId,
        long seq,
        boolean bySending,
        List<ReadByAll> readByAll,
        Instant at,
        List<UserId> audience)
        implements ChatEvent {
    public ReadPointerMoved {
        readByAll = List.copyOf(readByAll);
        audience = List.copyOf(audience);
    }

    /** The newest message of {@code author} that every other member has now read. */
    public record ReadByAll(UserId author, long messageId, long seq) {}

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.readPointerMoved(this);
    }
}
