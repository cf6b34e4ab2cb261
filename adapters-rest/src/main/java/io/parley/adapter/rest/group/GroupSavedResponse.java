package io.parley.adapter.rest.group;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.GroupView;

/** Seed 000's {@code {"status": "ok", "group": {…}}}, with the group as now stored. */
@Serdeable
public record GroupSavedResponse(String status, GroupResponse group) {
    public static GroupSavedResponse ok(GroupView view) {
        return new GroupSavedResponse("ok", GroupResponse.of(view));
    }
}
