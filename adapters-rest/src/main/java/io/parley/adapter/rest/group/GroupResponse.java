package io.parley.adapter.rest.group;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.GroupView;
import java.time.Instant;
import java.util.List;

/** Seed 000's Group model plus the member count, creation time, the admins besides the owner and whether it is public. */
@Serdeable
public record GroupResponse(
        long id,
        String name,
        String description,
        long ownerId,
        int membersCount,
        Instant createdAt,
        List<Long> adminIds,
        @JsonProperty("public") boolean isPublic) {
    public static GroupResponse of(GroupView view) {
        return new GroupResponse(
                view.id(),
                view.name(),
                view.description(),
                view.ownerId(),
                view.memberCount(),
                view.createdAt(),
                view.adminIds(),
                view.isPublic());
    }
}
