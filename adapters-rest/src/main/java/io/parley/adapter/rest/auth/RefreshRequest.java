package io.parley.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/refresh}. */
@Serdeable
public record RefreshRequest(@Nullable String refreshToken) {}
