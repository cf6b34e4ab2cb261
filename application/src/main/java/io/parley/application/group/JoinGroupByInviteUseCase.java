package io.parley.application.group;

import io.parley.application.model.GroupView;

/** Joins a group through an invite link. */
public interface JoinGroupByInviteUseCase {
    /** The group joined; a member already in it gets it back without using the link up. */
    GroupView join(JoinGroupByInviteCommand command);
}
