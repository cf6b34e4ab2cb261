package io.parley.application.group;

/** Creates a group owned by its creator. */
public interface CreateGroupUseCase {
    GroupView create(CreateGroupCommand command);
}
