package io.parley.application.profile;

/** Changes the caller's own profile. */
public interface UpdateProfileUseCase {
    /** The updated profile; on a rejection (invalid value, username taken) nothing changes. */
    UserView update(UpdateProfileCommand command);
}
