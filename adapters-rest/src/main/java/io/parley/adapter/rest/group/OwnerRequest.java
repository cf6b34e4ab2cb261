package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/group/{id}/owner} (and {@code /admins}): the member who becomes owner (or admin). */
@Serdeable
public record OwnerRequest(@Nullable Long userId) {}
