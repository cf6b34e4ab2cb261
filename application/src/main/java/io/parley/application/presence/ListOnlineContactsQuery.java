package io.parley.application.presence;

import io.parley.domain.user.UserId;

/** The actor asks which of their contacts are online. */
public record ListOnlineContactsQuery(UserId actor) {}
