package io.parley.application.account;

import io.parley.application.profile.UserView;

/** The outcome of a successful login: who logged in and the tokens of the new session. */
public record SessionGrant(UserView user, TokenPair tokens) {}
