package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Renames a group or changes its description. */
public interface UpdateGroupUseCase {
    GroupView update(UpdateGroupCommand command);
}
