package io.parley.adapter.rest.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.message.MessageView;
import io.parley.domain.chat.ChatKind;
import java.time.Instant;

/**
 * Seed 000's Message model plus {@code seq} and {@code client_id}; {@code user_id}, {@code content} and
 * {@code timestamp} repeat author id, text and time under the names of seed 000's REST history, and group
 * messages also carry {@code group_id}.
 */
@Serdeable
public record MessageResponse(long id, long chatId, @JsonInclude(JsonInclude.Include.NON_NULL) Long groupId,
                              String type, String text, boolean read, AuthorBody author, Instant time,
                              boolean edited, Instant editedAt, long seq, String clientId, long userId,
                              String content, Instant timestamp) {

    public static MessageResponse of(MessageView view) {
        return new MessageResponse(view.id(), view.chatId(), view.chatKind() == ChatKind.GROUP ? view.chatId() : null,
                "message", view.text(), view.read(), new AuthorBody(view.authorId(), view.authorName()),
                view.sentAt(), view.editedAt() != null, view.editedAt(), view.seq(), view.clientId(), view.authorId(),
                view.text(), view.sentAt());
    }
}
