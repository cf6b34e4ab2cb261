package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** Seed 000's status frame (with seed 001's {@code last_seen} when the user went offline). */
@Serdeable
public record StatusPayload(
        String type, long userId, boolean online, @Nullable Instant lastSeen) {}
