package io.parley.application.port;

import io.parley.domain.user.Email;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import java.util.List;
import java.util.Optional;

/** Stores accounts and their profiles. */
public interface UserRepository {
    /** Reserves a new, never reused user id. */
    UserId nextId();

    /** Stores a new user; throws {@code UsernameTakenException} or {@code EmailTakenException} and stores nothing on a clash. */
    void add(User user);

    /** Replaces the stored profile of an existing user; throws {@code UsernameTakenException} on a clash. */
    void update(User user);

    /** The user with this id, if any. */
    Optional<User> findById(UserId id);

    /** The user with this username, if any. */
    Optional<User> findByUsername(Username username);

    /** The user with this e-mail address, if any. */
    Optional<User> findByEmail(Email email);

    /** Users whose username or name starts with {@code prefix} (case-insensitive), ordered by username; empty prefix lists all. */
    List<User> search(String prefix, int limit, long offset);
}
