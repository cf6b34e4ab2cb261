package io.parley.application.account;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;

/** Ends one session of a user. */
public record LogOutCommand(UserId user, SessionId session) {}
