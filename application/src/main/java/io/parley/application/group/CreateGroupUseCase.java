package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Creates a group owned by its creator. */
public interface CreateGroupUseCase {
    GroupView create(CreateGroupCommand command);
}
