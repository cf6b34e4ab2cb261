package io.parley.adapter.rest.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** A user as they see themselves: the public profile plus e-mail and creation time. */
@Serdeable
public record AccountResponse(
        long id,
        String username,
        String name,
        String description,
        @Nullable String email,
        Instant createdAt) {}
