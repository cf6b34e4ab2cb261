package io.parley.application.account;

import io.parley.application.port.Clock;
import io.parley.application.port.PasswordHasher;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.DisplayName;
import io.parley.domain.user.Email;
import io.parley.domain.user.EmailTakenException;
import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;
import io.parley.domain.user.ProfileDescription;
import io.parley.domain.user.User;
import io.parley.domain.user.Username;
import io.parley.domain.user.UsernameTakenException;

/** Registers accounts: validates everything first, hashes outside the transaction, stores user and session together. */
public final class RegisterAccountService implements RegisterAccountUseCase {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SessionStarter sessionStarter;
    private final TransactionRunner transactions;
    private final Clock clock;

    public RegisterAccountService(
            UserRepository users,
            PasswordHasher hasher,
            SessionStarter sessionStarter,
            TransactionRunner transactions,
            Clock clock) {
        this.users = users;
        this.hasher = hasher;
        this.sessionStarter = sessionStarter;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public SessionGrant register(RegisterAccountCommand command) {
        Username username = Username.of(command.username());
        NewPassword password = new NewPassword(command.password());
        Email email = isBlank(command.email()) ? null : Email.of(command.email());
        DisplayName name = isBlank(command.name()) ? null : DisplayName.of(command.name());
        ProfileDescription description = ProfileDescription.of(command.description());
        PasswordHash hash = hasher.hash(password);
        return transactions.inTransaction(() -> {
            if (users.findByUsername(username).isPresent()) {
                throw new UsernameTakenException(username);
            }
            if (email != null && users.findByEmail(email).isPresent()) {
                throw new EmailTakenException();
            }
            User user = User.register(users.nextId(), username, email, name, description, hash, clock.now());
            users.add(user);
            return sessionStarter.open(user);
        });
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
