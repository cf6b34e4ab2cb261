package io.parley.application.profile;

import io.parley.application.port.UserRepository;
import io.parley.domain.user.UserNotFoundException;

/** Reads profiles from the user store. */
public final class GetProfileService implements GetProfileUseCase {
    private final UserRepository users;

    public GetProfileService(UserRepository users) {
        this.users = users;
    }

    @Override
    public UserView get(GetProfileQuery query) {
        return users.findById(query.user())
                .map(UserView::of)
                .orElseThrow(() -> new UserNotFoundException(query.user()));
    }
}
