package io.parley.application.account;

import io.parley.domain.user.UserId;

/** Ends every session of a user. */
public record LogOutEverywhereCommand(UserId user) {}
