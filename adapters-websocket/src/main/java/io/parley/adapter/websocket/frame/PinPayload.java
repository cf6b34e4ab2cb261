package io.parley.adapter.websocket.frame;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.MessageJson;
import io.parley.application.event.PinChange;
import io.parley.application.model.MessageView;

/**
 * A {@code message} frame of type {@code pinned} or {@code unpinned}: the message as it is now (its {@code pin}: who
 * pinned it and when, null once unpinned) and {@code changed_by}, the id of the member who made this change.
 */
@Serdeable
public record PinPayload(
        @JsonUnwrapped MessageJson message, String chatType, String type, long cursor, long changedBy) {

    static PinPayload of(MessageView view, PinChange change, long cursor) {
        return new PinPayload(
                MessageJson.of(view),
                view.chatKind().wireName(),
                change.pinned() ? "pinned" : "unpinned",
                cursor,
                change.userId());
    }
}
