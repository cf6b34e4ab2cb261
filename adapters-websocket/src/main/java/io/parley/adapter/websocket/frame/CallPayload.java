package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/** Seed 000's {@code call} message: a call began in a chat ({@code call_ended}: it ended), by {@code author}. */
@Serdeable
public record CallPayload(String type, long chatId, String chatType, AuthorJson author, Instant time) {}
