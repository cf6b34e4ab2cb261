package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import java.time.Instant;

/**
 * {@code author} (always the socket's own user) marked the chat unread from message {@code id} ({@code seq}) on: their
 * pointer is now {@code readSeq} and {@code unreadCount} messages of others are unread.
 */
@Serdeable
public record UnreadPayload(
        String type, long id, long chatId, long seq, long readSeq, long unreadCount, AuthorJson author, Instant time) {}
