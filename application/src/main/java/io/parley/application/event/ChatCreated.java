package io.parley.application.event;

import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import java.util.List;

/** A private chat was opened or a group created; its members have a new entry in their chat list. */
public record ChatCreated(ChatId chat, ChatKind kind, List<UserId> audience) implements ChatEvent {
    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.chatCreated(this);
    }
}
