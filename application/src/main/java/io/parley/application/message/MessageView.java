package io.parley.application.message;

import io.parley.domain.chat.ChatKind;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.Message;
import java.time.Instant;

/** A message as members see it; {@code read} is true once every other member has read it. */
public record MessageView(long id, long chatId, ChatKind chatKind, long seq, long authorId, String authorName,
                          String text, String clientId, Instant sentAt, Instant editedAt, boolean read) {

    /** The view of a stored message whose author is called {@code authorName}. */
    public static MessageView of(Message message, String authorName, ChatKind kind, boolean read) {
        return new MessageView(message.id().value(), message.chat().value(), kind, message.seq(),
                message.author().value(), authorName, message.text().value(),
                message.clientId().map(ClientId::value).orElse(null), message.sentAt(),
                message.editedAt().orElse(null), read);
    }
}
