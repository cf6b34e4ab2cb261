package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.MessageView;
import java.util.List;

/** A conversation's pinned messages, newest pin first, each with its {@code pin}. */
@Serdeable
public record PinListResponse(List<MessageResponse> pins) {
    public static PinListResponse of(List<MessageView> pinned) {
        return new PinListResponse(pinned.stream().map(MessageResponse::of).toList());
    }
}
