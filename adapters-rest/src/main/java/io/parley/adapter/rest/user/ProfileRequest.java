package io.parley.adapter.rest.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/v1/user} and the {@code json} part of {@code POST /api/v1/user}. */
@Serdeable
public record ProfileRequest(
        @Nullable String username,
        @Nullable String name,
        @Nullable String description) {}
