package io.parley.application.group;

/** Leaves a group; an owner's group passes to the longest-standing member, an empty group is deleted. */
public interface LeaveGroupUseCase {
    void leave(LeaveGroupCommand command);
}
