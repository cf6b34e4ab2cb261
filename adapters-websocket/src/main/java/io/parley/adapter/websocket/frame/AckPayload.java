package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A client action succeeded: {@code action} and {@code client_id} echo the request; {@code id} and {@code seq} name
 * the stored message (for {@code read}, the read pointer's message and seq); {@code replayed} is true when a retry
 * with a known client id returned the original; {@code cursor} is set for {@code resume}.
 */
@Serdeable
public record AckPayload(
        String action,
        @Nullable String clientId,
        long chatId,
        @Nullable Long id,
        @Nullable Long seq,
        boolean replayed,
        @Nullable Long cursor) {}
