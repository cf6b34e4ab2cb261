package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A message was deleted ({@code type} is {@code delete}) by {@code deleted_by} at {@code time}. */
@Serdeable
public record DeletedPayload(long id, long chatId, String type, long seq, long cursor, long deletedBy, Instant time) {}
