package io.parley.application.account;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.SessionsEnded;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.LoginThrottle;
import io.parley.application.port.PasswordHasher;
import io.parley.application.port.SessionRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;
import io.parley.domain.user.User;
import io.parley.domain.user.UserNotFoundException;

/**
 * Changes passwords. A changed password usually means the old one may be known to someone else, so every other
 * session of the user is logged out (and its sockets close); the session that made the change stays.
 */
public final class ChangePasswordService implements ChangePasswordUseCase {
    private final UserRepository users;
    private final SessionRepository sessions;
    private final PasswordHasher hasher;
    private final CommitThenPublish commits;
    private final Clock clock;
    private final LoginThrottle throttle;

    public ChangePasswordService(
            UserRepository users,
            SessionRepository sessions,
            EventPublisher events,
            PasswordHasher hasher,
            TransactionRunner transactions,
            Clock clock,
            LoginThrottle throttle) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
        this.throttle = throttle;
    }

    @Override
    public void change(ChangePasswordCommand command) {
        if (command.currentPassword() == null) {
            throw DomainException.invalid("auth.missing_current_password", "current_password is required");
        }
        NewPassword next = new NewPassword(command.newPassword());
        // a stolen access token must not become a way to guess the password
        String throttleKey = "password-change|" + command.user();
        Throttling.refuseIfBlocked(throttle, throttleKey, "too many wrong current passwords; try again later");
        User user = users.findById(command.user()).orElseThrow(() -> new UserNotFoundException(command.user()));
        if (!hasher.matches(command.currentPassword(), user.passwordHash())) {
            throttle.recordFailure(throttleKey);
            throw new WrongPasswordException();
        }
        throttle.recordSuccess(throttleKey);
        PasswordHash hash = hasher.hash(next);
        commits.run(after -> {
            // re-read inside the transaction so a profile edit made meanwhile is not overwritten
            User current = users.findById(command.user()).orElseThrow(() -> new UserNotFoundException(command.user()));
            users.update(current.withPasswordHash(hash));
            if (command.session() == null) {
                sessions.revokeAll(command.user(), clock.now());
            } else {
                sessions.revokeAllExcept(command.user(), command.session(), clock.now());
            }
            after.publish(SessionsEnded.allBut(command.user(), command.session()));
            return null;
        });
    }
}
