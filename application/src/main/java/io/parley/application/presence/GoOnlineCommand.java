package io.parley.application.presence;

import io.parley.domain.user.UserId;

/** A socket of the user opened on this node. */
public record GoOnlineCommand(UserId user) {}
