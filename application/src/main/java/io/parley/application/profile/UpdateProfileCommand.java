package io.parley.application.profile;

import io.parley.domain.user.UserId;

/** A user's change to their own profile; null fields stay as they are, at least one must be given. */
public record UpdateProfileCommand(UserId actor, String username, String name, String description) {}
