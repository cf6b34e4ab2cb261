package io.parley.application.profile;

import java.util.List;

/** Finds users to start a chat with. */
public interface SearchUsersUseCase {
    /** Users whose username or name starts with the prefix, ordered by username. */
    List<UserView> search(SearchUsersQuery query);
}
