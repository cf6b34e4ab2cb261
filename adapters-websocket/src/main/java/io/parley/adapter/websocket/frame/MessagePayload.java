package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.message.MessageView;
import java.time.Instant;

/**
 * Seed 000's Message model plus {@code seq}, {@code cursor} (the chat's change cursor after this change; null inside
 * history, whose frame carries one cursor) and the sender's {@code client_id}. {@code type} is {@code message} for a
 * new message and {@code update} for an edit.
 */
@Serdeable
public record MessagePayload(long id, long chatId, String chatType, String type, String text, boolean read,
                             AuthorPayload author, Instant time, boolean edited, @Nullable Instant editedAt, long seq,
                             @Nullable Long cursor, @Nullable String clientId) {

    /** The payload of a message as members see it. */
    public static MessagePayload of(MessageView view, String type, @Nullable Long cursor) {
        return new MessagePayload(view.id(), view.chatId(), view.chatKind().wireName(), type, view.text(), view.read(),
                new AuthorPayload(view.authorId(), view.authorName()), view.sentAt(), view.editedAt() != null,
                view.editedAt(), view.seq(), cursor, view.clientId());
    }
}
