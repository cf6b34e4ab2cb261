package io.parley.application.event;

import io.parley.application.message.MessageView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import java.util.List;

/** A message's text was changed by its author. */
public record MessageEdited(MessageView message, List<UserId> audience) implements ChatEvent {
    @Override
    public ChatId chat() {
        return ChatId.of(message.chatId());
    }
}
