package io.parley.application.profile;

import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.user.DisplayName;
import io.parley.domain.user.ProfileChange;
import io.parley.domain.user.ProfileDescription;
import io.parley.domain.user.User;
import io.parley.domain.user.UserNotFoundException;
import io.parley.domain.user.Username;
import io.parley.domain.user.UsernameTakenException;

/** Applies profile changes; a new username must be free (case-insensitively). */
public final class UpdateProfileService implements UpdateProfileUseCase {
    private final UserRepository users;
    private final TransactionRunner transactions;

    public UpdateProfileService(UserRepository users, TransactionRunner transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public UserView update(UpdateProfileCommand command) {
        ProfileChange change = new ProfileChange(
                command.username() == null ? null : Username.of(command.username()),
                command.name() == null ? null : DisplayName.of(command.name()),
                command.description() == null ? null : ProfileDescription.of(command.description()));
        return transactions.inTransaction(() -> {
            User current =
                    users.findById(command.actor()).orElseThrow(() -> new UserNotFoundException(command.actor()));
            if (change.changesUsername()
                    && !change.username().equals(current.username())
                    && users.findByUsername(change.username()).isPresent()) {
                throw new UsernameTakenException(change.username());
            }
            User updated = current.withProfile(change);
            users.update(updated);
            return UserView.of(updated);
        });
    }
}
