package io.parley.adapter.websocket.frame;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.MessageJson;
import io.parley.application.model.MessageView;

/**
 * Seed 000's Message model ({@link MessageJson}, shared with REST) plus the chat's type and {@code cursor} (the
 * chat's change cursor after this change; null inside history, whose frame carries one cursor). {@code type} is the
 * message's own type ({@code message}, {@code with_files}, {@code audio_message}, {@code video_message}) for a new
 * message and {@code update} for an edit.
 */
@Serdeable
public record MessagePayload(
        @JsonUnwrapped MessageJson message,
        String chatType,
        String type,
        @Nullable Long cursor) {

    /** The payload of a new message as members see it. */
    public static MessagePayload of(MessageView view, @Nullable Long cursor) {
        return of(view, view.type(), cursor);
    }

    /** The payload of a message under another frame type ({@code update}). */
    public static MessagePayload of(MessageView view, String type, @Nullable Long cursor) {
        return new MessagePayload(MessageJson.of(view), view.chatKind().wireName(), type, cursor);
    }
}
