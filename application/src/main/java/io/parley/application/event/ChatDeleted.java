package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.util.List;

/** A private chat or a group was deleted with all its messages. */
public record ChatDeleted(ChatId chat, ChatKind kind, List<UserId> audience) implements ChatEvent {
    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.chatDeleted(this);
    }
}
