package io.parley.adapter.websocket.frame;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's Group model with its member count ({@code members_count}, as in the REST answers) and its admins. */
@Serdeable
public record GroupPayload(
        long id,
        String name,
        String description,
        long ownerId,
        int membersCount,
        java.util.List<Long> adminIds,

        @com.fasterxml.jackson.annotation.JsonProperty("public")
        boolean isPublic) {}
