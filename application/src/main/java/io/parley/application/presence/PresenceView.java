package io.parley.application.presence;

import java.time.Instant;

/** Whether a user is online now and when they were last seen (null if never, or while online). */
public record PresenceView(long userId, boolean online, Instant lastSeen) {}
