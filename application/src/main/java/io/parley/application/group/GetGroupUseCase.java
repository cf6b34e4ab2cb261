package io.parley.application.group;

/** Shows a group and its members to a member. */
public interface GetGroupUseCase {
    GroupDetails get(GetGroupQuery query);
}
