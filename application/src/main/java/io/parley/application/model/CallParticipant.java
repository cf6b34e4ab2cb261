package io.parley.application.model;

import io.parley.domain.user.UserId;

/** One socket in a call: the session id the server gave it on {@code join}, and whose it is. */
public record CallParticipant(String sessionId, UserId user, String name) {}
