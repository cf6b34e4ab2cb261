package io.parley.adapter.persistence.session;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code sessions}. */
@MappedEntity("sessions")
public record SessionRow(
        @Id UUID id,
        long userId,
        Instant createdAt,
        @Nullable Instant revokedAt) {}
