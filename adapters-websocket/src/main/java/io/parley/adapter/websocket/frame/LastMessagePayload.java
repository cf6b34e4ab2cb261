package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * Sent per chat when the main socket opens: seed 000's {@code last_message} (the newest message's fields; null for a
 * chat without messages) plus the chat's name and type, the user's unread count and the chat's change cursor.
 */
@Serdeable
public record LastMessagePayload(
        String type,
        long chatId,
        String chatType,
        String chatName,
        long unreadCount,
        long cursor,
        @Nullable Long id,
        @Nullable String text,
        @Nullable Boolean read,
        @Nullable AuthorJson author,
        @Nullable Instant time,
        @Nullable Boolean edited,
        @Nullable Long seq) {}
