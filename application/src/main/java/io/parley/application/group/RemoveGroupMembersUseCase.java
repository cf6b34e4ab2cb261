package io.parley.application.group;

/** Removes members from a group; all or none. */
public interface RemoveGroupMembersUseCase {
    GroupView remove(RemoveGroupMembersCommand command);
}
