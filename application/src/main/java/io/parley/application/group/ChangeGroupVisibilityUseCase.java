package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Makes a group public or private. */
public interface ChangeGroupVisibilityUseCase {
    /** The group after the change; setting what already is changes nothing and tells nobody. */
    GroupView change(ChangeGroupVisibilityCommand command);
}
