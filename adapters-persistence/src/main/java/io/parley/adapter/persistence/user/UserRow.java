package io.parley.adapter.persistence.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code users}. */
@MappedEntity("users")
public record UserRow(
        @Id long id,
        String username,
        @Nullable String email,
        String name,
        String description,
        String passwordHash,
        Instant createdAt) {}
