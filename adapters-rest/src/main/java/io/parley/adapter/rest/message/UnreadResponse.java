package io.parley.adapter.rest.message;

import io.micronaut.serde.annotation.Serdeable;

/** The caller's own read pointer after a mark unread, and their unread count in the chat. */
@Serdeable
public record UnreadResponse(String status, long readSeq, long unreadCount) {}
