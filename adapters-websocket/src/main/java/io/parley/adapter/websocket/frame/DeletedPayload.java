package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * A message was deleted ({@code type} is {@code delete}) by {@code deleted_by} at {@code time}; {@code author} is
 * seed 000's name for the same user (who deleted, not who wrote), with their current name.
 */
@Serdeable
public record DeletedPayload(
        long id,
        long chatId,
        String type,
        long seq,
        long cursor,
        long deletedBy,
        @Nullable AuthorJson author,
        Instant time) {}
