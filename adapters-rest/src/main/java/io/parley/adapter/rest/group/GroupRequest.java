package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The {@code json} of {@code POST /api/v1/group}; an {@code owner_id} sent by the client is ignored. */
@Serdeable
public record GroupRequest(
        @Nullable String name,
        @Nullable String description,
        @Nullable Long ownerId,
        @Nullable List<UserRef> users) {}
