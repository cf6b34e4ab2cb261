package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Appoints or dismisses a group admin. */
public interface ChangeGroupRoleUseCase {
    /** The group after the change; a change to what already is changes nothing and tells nobody. */
    GroupView change(ChangeGroupRoleCommand command);
}
