package io.parley.application.message;

import io.parley.domain.chat.ChatAddress;
import io.parley.domain.message.MessageId;
import java.util.Objects;

/** The message a send forwards: its conversation (which the sender must be a member of) and its id there. */
public record ForwardSource(ChatAddress chat, MessageId message) {
    public ForwardSource {
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(message, "message");
    }
}
