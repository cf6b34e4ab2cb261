package io.parley.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/password}. */
@Serdeable
public record ChangePasswordRequest(
        @Nullable String currentPassword, @Nullable String newPassword) {
    @Override
    public String toString() {
        return "ChangePasswordRequest[****]";
    }
}
