package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/**
 * A user came online (first open socket on any node) or went offline ({@code lastSeen} set); told to the users who
 * share a conversation with them ({@code audience}); {@code chats} are the user's conversations.
 */
public record PresenceChanged(UserId user, boolean online, Instant lastSeen, List<ChatId> chats, List<UserId> audience)
        implements Event {
    public PresenceChanged {
        chats = List.copyOf(chats);
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.presenceChanged(this);
    }
}
