package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's MessageNotification on the main socket: a new message in one of the user's chats. */
@Serdeable
public record NotificationPayload(String type, MessagePayload message) {}
