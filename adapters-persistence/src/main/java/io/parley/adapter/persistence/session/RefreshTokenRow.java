package io.parley.adapter.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code refresh_tokens}. */
@MappedEntity("refresh_tokens")
public record RefreshTokenRow(
        @Id String digest,
        UUID sessionId,
        long userId,
        Instant issuedAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {}
