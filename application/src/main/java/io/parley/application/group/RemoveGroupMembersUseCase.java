package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Removes members from a group; all or none. */
public interface RemoveGroupMembersUseCase {
    GroupView remove(RemoveGroupMembersCommand command);
}
