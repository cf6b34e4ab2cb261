package io.parley.application.group;

import io.parley.application.model.GroupView;
import io.parley.domain.chat.Group;
import io.parley.domain.user.UserId;

/** Builds the public view of a group. */
final class GroupViews {
    private GroupViews() {}

    static GroupView of(Group group) {
        return new GroupView(
                group.id().value(),
                group.name().value(),
                group.description().value(),
                group.owner().value(),
                group.members().size(),
                group.createdAt(),
                group.admins().stream().map(UserId::value).toList(),
                group.isPublic());
    }
}
