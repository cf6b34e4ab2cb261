package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/group/{id}/invites}: optional RFC 3339 {@code expires_at} and {@code max_uses}. */
@Serdeable
public record InviteRequest(
        @Nullable String expiresAt, @Nullable Integer maxUses) {}
