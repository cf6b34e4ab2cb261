package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Seed 000's MessageNotification on the main socket: a new message in one of the user's chats; {@code muted} when the
 * user has the chat muted (show no badge bump or alert; the unread count still grows).
 */
@Serdeable
public record NotificationPayload(String type, MessagePayload message, boolean muted) {}
