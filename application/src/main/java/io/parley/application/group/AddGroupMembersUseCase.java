package io.parley.application.group;

/** Adds users to a group; all or none. */
public interface AddGroupMembersUseCase {
    GroupView add(AddGroupMembersCommand command);
}
