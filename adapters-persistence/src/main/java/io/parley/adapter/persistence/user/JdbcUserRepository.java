package io.parley.adapter.persistence.user;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapter.persistence.Sql;
import io.parley.adapter.persistence.UniqueViolation;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.DisplayName;
import io.parley.domain.user.Email;
import io.parley.domain.user.EmailTakenException;
import io.parley.domain.user.PasswordHash;
import io.parley.domain.user.ProfileDescription;
import io.parley.domain.user.User;
import io.parley.domain.user.UserId;
import io.parley.domain.user.Username;
import io.parley.domain.user.UsernameTakenException;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Users in PostgreSQL; unique-index violations from racing writers become the domain's conflict errors. */
@Singleton
public final class JdbcUserRepository implements UserRepository {
    private final UserRowRepository rows;
    private final Sql sql;

    public JdbcUserRepository(UserRowRepository rows, Sql sql) {
        this.rows = rows;
        this.sql = sql;
    }

    @Override
    public UserId nextId() {
        return UserId.of(rows.nextId());
    }

    @Override
    public void add(User user) {
        try {
            rows.save(toRow(user));
        } catch (DataAccessException e) {
            throw translate(e, user);
        }
    }

    @Override
    public void update(User user) {
        try {
            rows.update(toRow(user));
        } catch (DataAccessException e) {
            throw translate(e, user);
        }
    }

    @Override
    public Optional<User> findById(UserId id) {
        return rows.findById(id.value()).map(JdbcUserRepository::toUser);
    }

    @Override
    public Optional<User> findByUsername(Username username) {
        return rows.findByUsername(username.value()).map(JdbcUserRepository::toUser);
    }

    @Override
    public Optional<User> findByEmail(Email email) {
        return rows.findByEmail(email.value()).map(JdbcUserRepository::toUser);
    }

    @Override
    public List<User> search(String prefix, int limit, long offset) {
        String pattern = Sql.escapeLike(prefix.toLowerCase(Locale.ROOT)) + "%";
        return rows.searchByPrefix(pattern, limit, offset).stream()
                .map(JdbcUserRepository::toUser)
                .toList();
    }

    @Override
    public List<User> findByIds(Collection<UserId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return sql.list(
                "select * from users where id = any(?)",
                JdbcUserRepository::userOf,
                sql.longs(ids.stream().map(UserId::value).toList()));
    }

    @Override
    public void recordLastSeen(UserId user, Instant at) {
        // a late report (an expired node's) never moves last seen backwards
        sql.update(
                "update users set last_seen_at = greatest(coalesce(last_seen_at, ?), ?) where id = ?",
                at,
                at,
                user.value());
    }

    @Override
    public Map<UserId, Instant> lastSeen(Collection<UserId> users) {
        if (users.isEmpty()) {
            return Map.of();
        }
        Map<UserId, Instant> seen = new HashMap<>();
        sql.list(
                "select id, last_seen_at from users where id = any(?) and last_seen_at is not null",
                row -> seen.put(UserId.of(row.getLong(1)), Sql.instant(row, "last_seen_at")),
                sql.longs(users.stream().map(UserId::value).toList()));
        return seen;
    }

    private static User userOf(ResultSet row) throws SQLException {
        return toUser(new UserRow(
                row.getLong("id"),
                row.getString("username"),
                row.getString("email"),
                row.getString("name"),
                row.getString("description"),
                row.getString("password_hash"),
                Sql.instant(row, "created_at")));
    }

    private static RuntimeException translate(DataAccessException e, User user) {
        return UniqueViolation.constraintOf(e)
                .<RuntimeException>map(constraint -> switch (constraint) {
                    case "users_username_key" -> new UsernameTakenException(user.username());
                    case "users_email_key" -> new EmailTakenException();
                    default -> e;
                })
                .orElse(e);
    }

    private static UserRow toRow(User user) {
        return new UserRow(
                user.id().value(),
                user.username().value(),
                user.email().map(Email::value).orElse(null),
                user.name().value(),
                user.description().value(),
                user.passwordHash().encoded(),
                user.createdAt());
    }

    private static User toUser(UserRow row) {
        return User.rehydrate(
                UserId.of(row.id()),
                new Username(row.username()),
                row.email() == null ? null : new Email(row.email()),
                new DisplayName(row.name()),
                new ProfileDescription(row.description()),
                new PasswordHash(row.passwordHash()),
                row.createdAt());
    }
}
