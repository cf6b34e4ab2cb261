package io.parley.application.profile;

/** Reads a user's profile. */
public interface GetProfileUseCase {
    /** The profile; throws {@code UserNotFoundException} when no user has the id. */
    UserView get(GetProfileQuery query);
}
