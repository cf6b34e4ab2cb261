package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** Users joined a group; {@code cursor} is the group's change cursor at that moment, where their feed starts. */
public record MembersAdded(ChatId chat, List<UserId> added, long cursor, List<UserId> audience) implements ChatEvent {
    public MembersAdded {
        added = List.copyOf(added);
        audience = List.copyOf(audience);
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.membersAdded(this);
    }
}
