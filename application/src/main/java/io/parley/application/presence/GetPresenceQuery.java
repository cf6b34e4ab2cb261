package io.parley.application.presence;

import io.parley.domain.user.UserId;

/** The actor asks whether {@code user} is online. */
public record GetPresenceQuery(UserId actor, UserId user) {}
