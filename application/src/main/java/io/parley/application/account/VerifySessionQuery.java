package io.parley.application.account;

import io.parley.domain.auth.SessionId;

/** Asks whether the session an access token names is still open. */
public record VerifySessionQuery(SessionId session) {}
