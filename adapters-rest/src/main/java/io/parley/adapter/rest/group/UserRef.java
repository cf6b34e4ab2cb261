package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A user named in a group request, as seed 000 writes it: {@code {"id": 1, "name": "…"}}; the name is ignored. */
@Serdeable
public record UserRef(@Nullable Long id, @Nullable String name) {}
