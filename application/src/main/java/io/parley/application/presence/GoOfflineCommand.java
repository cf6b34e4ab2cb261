package io.parley.application.presence;

import io.parley.domain.user.UserId;

/** A socket of the user closed on this node. */
public record GoOfflineCommand(UserId user) {}
