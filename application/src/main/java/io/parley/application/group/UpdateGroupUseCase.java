package io.parley.application.group;

/** Renames a group or changes its description. */
public interface UpdateGroupUseCase {
    GroupView update(UpdateGroupCommand command);
}
