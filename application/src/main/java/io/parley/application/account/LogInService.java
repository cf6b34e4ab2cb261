package io.parley.application.account;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.PasswordHasher;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.auth.InvalidCredentialsException;
import io.parley.domain.user.Email;
import io.parley.domain.user.User;
import io.parley.domain.user.Username;
import java.util.Locale;
import java.util.Optional;

/**
 * Logs users in by username or e-mail. An unknown login costs one dummy hash check so timing reveals nothing, and
 * repeated failures from one address for one login name are throttled whether the account exists or not.
 */
public final class LogInService implements LogInUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStarter sessionStarter;
    private final CommitThenPublish commits;
    private final LoginThrottle throttle;

    public LogInService(
            UserRepository users,
            PasswordHasher hasher,
            SessionStarter sessionStarter,
            TransactionRunner transactions,
            EventPublisher events,
            LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.sessionStarter = sessionStarter;
        this.commits = new CommitThenPublish(transactions, events);
        this.throttle = throttle;
    }

    @Override
    public SessionGrant logIn(LogInCommand command) {
        if (command.login() == null || command.login().isBlank() || command.password() == null) {
            throw DomainException.invalid("auth.missing_credentials", "login and password are required");
        }
        String throttleKey = command.login().strip().toLowerCase(Locale.ROOT) + "|" + command.clientAddress();
        Throttling.refuseIfBlocked(throttle, throttleKey, "too many failed logins; try again later");
        Optional<User> user = find(command.login());
        boolean matches = user.isPresent()
                ? hasher.matches(command.password(), user.get().passwordHash())
                : dummyCheck(command.password());
        if (!matches) {
            throttle.recordFailure(throttleKey);
            throw new InvalidCredentialsException();
        }
        throttle.recordSuccess(throttleKey);
        return commits.run(after -> sessionStarter.openWithin(user.get(), after));
    }

    private boolean dummyCheck(String password) {
        hasher.matchAgainstDummy(password);
        return false;
    }

    private Optional<User> find(String login) {
        if (Email.looksLikeEmail(login)) {
            return Email.parse(login).flatMap(users::findByEmail);
        }
        return Username.parse(login).flatMap(users::findByUsername);
    }
}
