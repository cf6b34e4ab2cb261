package io.parley.application.event;

import io.parley.application.model.GroupView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A group was renamed, re-described or has a new owner; carries the group as it is now. */
public record GroupChanged(GroupView group, List<UserId> audience) implements ChatEvent {
    @Override
    public ChatId chat() {
        return ChatId.of(group.id());
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.groupChanged(this);
    }
}
