package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A member started ({@code typing}) or stopped typing; told to the other members only, never stored. */
public record TypingChanged(
        ChatId chat, UserId typist, String typistName, boolean typing, Instant at, List<UserId> audience)
        implements ChatEvent {
    public TypingChanged {
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.typingChanged(this);
    }
}
