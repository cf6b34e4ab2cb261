package io.parley.adapter.websocket.frame;

import io.parley.adapter.wire.AuthorJson;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** {@code typing} or {@code stop_typing} of {@code author} in a chat. */
@Serdeable
public record TypingPayload(String type, long chatId, AuthorJson author, Instant time) {
}
