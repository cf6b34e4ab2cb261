package io.parley.adapter.persistence.user;

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
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Users in PostgreSQL; unique-index violations from racing writers become the domain's conflict errors. */
@Singleton
public final class JdbcUserRepository implements UserRepository {
    private final UserRowRepository rows;

    public JdbcUserRepository(UserRowRepository rows) {
        this.rows = rows;
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
        return rows.searchByPrefix(pattern, limit, offset).stream().map(JdbcUserRepository::toUser).toList();
    }

    private static RuntimeException translate(DataAccessException e, User user) {
        return UniqueViolation.constraintOf(e).<RuntimeException>map(constraint -> switch (constraint) {
            case "users_username_key" -> new UsernameTakenException(user.username());
            case "users_email_key" -> new EmailTakenException();
            default -> e;
        }).orElse(e);
    }

    private static UserRow toRow(User user) {
        return new UserRow(user.id().value(), user.username().value(), user.email().map(Email::value).orElse(null),
                user.name().value(), user.description().value(), user.passwordHash().encoded(), user.createdAt());
    }

    private static User toUser(UserRow row) {
        return User.rehydrate(UserId.of(row.id()), new Username(row.username()),
                row.email() == null ? null : new Email(row.email()), new DisplayName(row.name()),
                new ProfileDescription(row.description()), new PasswordHash(row.passwordHash()), row.createdAt());
    }
}
