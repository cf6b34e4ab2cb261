package io.parley.adapter.rest.message;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.MessageJson;
import io.parley.application.model.MessageView;
import io.parley.domain.chat.ChatKind;
import java.time.Instant;

/**
 * Seed 000's Message model ({@link MessageJson}, shared with the sockets) plus its {@code type}; {@code user_id},
 * {@code content} and {@code timestamp} repeat author id, text and time under the names of seed 000's REST history,
 * and group messages also carry {@code group_id}.
 */
@Serdeable
public record MessageResponse(
        @JsonUnwrapped MessageJson message,
        String type,
        @JsonInclude(JsonInclude.Include.NON_NULL) Long groupId,
        long userId,
        String content,
        Instant timestamp) {

    public static MessageResponse of(MessageView view) {
        return new MessageResponse(
                MessageJson.of(view),
                view.type(),
                view.chatKind() == ChatKind.GROUP ? view.chatId() : null,
                view.authorId(),
                view.text(),
                view.sentAt());
    }
}
