package io.parley.adapter.rest.group;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A group just created: the group as stored plus seed 000's {@code url}, the name of its picture (as
 * {@code GET /api/v1/group/{id}/avatar/url} answers it), null when the form had no photo.
 */
@Serdeable
public record CreatedGroupResponse(
        @JsonUnwrapped GroupResponse group, @Nullable String url) {}
