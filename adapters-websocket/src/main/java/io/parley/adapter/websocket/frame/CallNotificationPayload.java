package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's CallNotification on the main socket: {@code {"type":"call","message":{…}}} ({@code call_ended} too). */
@Serdeable
public record CallNotificationPayload(String type, CallPayload message) {}
