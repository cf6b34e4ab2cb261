package io.parley.adapter.rest.presence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Seed 001's presence: online now, and when last seen (null while online or if never seen). */
@Serdeable
public record PresenceResponse(
        long userId, boolean online, @Nullable Instant lastSeen) {}
