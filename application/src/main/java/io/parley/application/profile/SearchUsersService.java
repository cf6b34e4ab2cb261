package io.parley.application.profile;

import io.parley.application.port.UserRepository;
import java.util.List;

/** Searches the user directory. */
public final class SearchUsersService implements SearchUsersUseCase {
    private final UserRepository users;

    public SearchUsersService(UserRepository users) {
        this.users = users;
    }

    @Override
    public List<UserView> search(SearchUsersQuery query) {
        return users.search(query.prefix(), query.limit(), query.offset()).stream()
                .map(UserView::of)
                .toList();
    }
}
