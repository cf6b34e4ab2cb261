package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** {@code typing} or {@code stop_typing} of {@code author} in a chat. */
@Serdeable
public record TypingPayload(String type, long chatId, AuthorPayload author, Instant time) {
}
