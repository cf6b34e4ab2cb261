package io.parley.application.port;

import io.parley.domain.user.Email;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
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

    /** The users with these ids that exist, in no particular order. */
    List<User> findByIds(Collection<UserId> ids);

    /** Records when the user was last online (their last socket closed or their node went silent). */
    void recordLastSeen(UserId user, Instant at);

    /** When each of these users was last seen; users never seen are absent. */
    Map<UserId, Instant> lastSeen(Collection<UserId> users);
}
