package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * The socket's own user read the thread of root {@code id} up to {@code read_thread_seq} (on this or another device);
 * {@code unread_count} replies of others are unread there.
 */
@Serdeable
public record ThreadReadPayload(
        String type, long id, long chatId, long readThreadSeq, long unreadCount, Instant time) {}
