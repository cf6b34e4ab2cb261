package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** Users left a group ({@code left}) or were removed by its owner; the audience includes them. */
public record MembersRemoved(ChatId chat, List<UserId> removed, boolean left, List<UserId> audience)
        implements ChatEvent {
    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.membersRemoved(this);
    }
}
