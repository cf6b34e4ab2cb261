package io.parley.application.account;

import io.parley.application.port.PasswordHasher;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.auth.InvalidCredentialsException;
import io.parley.domain.user.Email;
import io.parley.domain.user.User;
import io.parley.domain.user.Username;
import java.util.Optional;

/** Logs users in by username or e-mail; an unknown login costs one dummy hash check so timing reveals nothing. */
public final class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStarter sessionStarter;
    private final TransactionRunner transactions;

    public LogInService(UserRepository users, PasswordHasher hasher, SessionStarter sessionStarter,
                        TransactionRunner transactions) {
        this.users = users;
        this.hasher = hasher;
        this.sessionStarter = sessionStarter;
        this.transactions = transactions;
    }

    @Override
    public SessionGrant logIn(LogInCommand command) {
        if (command.login() == null || command.login().isBlank() || command.password() == null) {
            throw DomainException.invalid("auth.missing_credentials", "login and password are required");
        }
        Optional<User> user = find(command.login());
        if (user.isEmpty()) {
            hasher.matchAgainstDummy(command.password());
            throw new InvalidCredentialsException();
        }
        if (!hasher.matches(command.password(), user.get().passwordHash())) {
            throw new InvalidCredentialsException();
        }
        return transactions.inTransaction(() -> sessionStarter.open(user.get()));
    }

    private Optional<User> find(String login) {
        if (Email.looksLikeEmail(login)) {
            return Email.parse(login).flatMap(users::findByEmail);
        }
        return Username.parse(login).flatMap(users::findByUsername);
    }
}
