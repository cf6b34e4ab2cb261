package io.parley.adapter.rest.group;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.GroupView;

/** Seed 000's answer to {@code POST /api/v1/group}: {@code {"status": "ok", "group": {…, "url"}}}. */
@Serdeable
public record GroupCreatedResponse(String status, CreatedGroupResponse group) {

    /** The new group; {@code picture} is the stored name of the form's photo, or null without one. */
    public static GroupCreatedResponse ok(GroupView view, String picture) {
        return new GroupCreatedResponse("ok", new CreatedGroupResponse(GroupResponse.of(view), picture));
    }
}
