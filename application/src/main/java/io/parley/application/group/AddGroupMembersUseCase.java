package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Adds users to a group; all or none. */
public interface AddGroupMembersUseCase {
    GroupView add(AddGroupMembersCommand command);
}
