package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/** {@code typing} or {@code stop_typing} of {@code author} in a chat. */
@Serdeable
public record TypingPayload(String type, long chatId, AuthorJson author, Instant time) {}
