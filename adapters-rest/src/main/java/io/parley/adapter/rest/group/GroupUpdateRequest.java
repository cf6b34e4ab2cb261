package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/v1/group/{id}}: a new name, a new description, or both. */
@Serdeable
public record GroupUpdateRequest(
        @Nullable String name, @Nullable String description) {}
