package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Joins a public group. */
public interface JoinPublicGroupUseCase {
    /** The group joined; a private group is "not found" to outsiders, a member joining again is a conflict. */
    GroupView join(JoinPublicGroupCommand command);
}
