package io.parley.application.event;

import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A message was stored with its seq; {@code cursor} is the conversation's change cursor after it. */
public record MessageSent(MessageView message, long cursor, List<UserId> audience) implements SequencedChatEvent {
    public MessageSent {
        audience = List.copyOf(audience);
    }

    @Override
    public ChatId chat() {
        return ChatId.of(message.chatId());
    }

    @Override
    public <R> R accept(EventVisitor<R> visitor) {
        return visitor.messageSent(this);
    }

    @Override
    public <R> R accept(SequencedChatEventVisitor<R> visitor) {
        return visitor.messageSent(this);
    }
}
