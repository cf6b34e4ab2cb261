package io.parley.application.event;

import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A message's text was changed by its author. */
public record MessageEdited(MessageView message, long cursor, List<UserId> audience) implements SequencedChatEvent {
    public MessageEdited {
        audience = List.copyOf(audience);
    }

    @Override
    public ChatId chat() {
        return ChatId.of(message.chatId());
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.messageEdited(this);
    }

    @Override
    public <R> R accept(SequencedChatEventVisitor<R> visitor) {
        return visitor.messageEdited(this);
    }
}
