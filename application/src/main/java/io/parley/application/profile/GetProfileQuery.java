package io.parley.application.profile;

import io.parley.domain.user.UserId;

/** Asks for one user's profile. */
public record GetProfileQuery(UserId user) {}
