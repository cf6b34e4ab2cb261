package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.message.MessageHistory;
import java.util.List;

/** A page of history, oldest first; {@code has_more} says whether another page exists in the direction read. */
@Serdeable
public record MessageListResponse(List<MessageResponse> messages, boolean hasMore) {
    public static MessageListResponse of(MessageHistory history) {
        return new MessageListResponse(
                history.messages().stream().map(MessageResponse::of).toList(), history.hasMore());
    }
}
