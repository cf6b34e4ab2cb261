package io.parley.adapter.rest.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code PUT /api/v1/group/{id}/visibility}: {@code {"public": true}}. */
@Serdeable
public record VisibilityRequest(
        @Nullable @JsonProperty("public") Boolean isPublic) {}
