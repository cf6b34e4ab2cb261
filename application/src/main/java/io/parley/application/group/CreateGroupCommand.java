package io.parley.application.group;

import io.parley.domain.user.UserId;
import java.util.List;

/** The actor creates a group and becomes its owner; {@code members} join with them. */
public record CreateGroupCommand(UserId actor, String name, String description, List<UserId> members) {}
