package io.parley.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/register}. */
@Serdeable
public record RegisterRequest(
        @Nullable String username,
        @Nullable String password,
        @Nullable String name,
        @Nullable String email,
        @Nullable String description) {}
