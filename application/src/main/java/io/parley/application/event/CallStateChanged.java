package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A call began (its first participant joined, {@code started}) or ended (its last one left); told to all members. */
public record CallStateChanged(
        ChatId chat, ChatKind kind, boolean started, UserId by, String byName, Instant at, List<UserId> audience)
        implements ChatEvent {
    public CallStateChanged {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.callStateChanged(this);
    }
}
