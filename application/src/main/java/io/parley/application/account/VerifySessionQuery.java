package io.parley.application.account;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;

/** Asks whether the session an access token names is still open, and is a session of the token's user. */
public record VerifySessionQuery(SessionId session, UserId user) {}
