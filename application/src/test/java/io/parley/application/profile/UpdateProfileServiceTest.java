package io.parley.application.profile;

import static io.parley.domain.testdata.UserBuilder.aUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.fake.ImmediateTransactionRunner;
import io.parley.application.fake.InMemoryUserRepository;
import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import io.parley.domain.user.UserNotFoundException;
import io.parley.domain.user.UsernameTakenException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UpdateProfileServiceTest {
    private final InMemoryUserRepository users = new InMemoryUserRepository();
    private final UpdateProfileUseCase update = new UpdateProfileService(users, new ImmediateTransactionRunner());
    private final GetProfileUseCase get = new GetProfileService(users);
    private UserId alice;

    @BeforeEach
    void addUsers() {
        alice = add("alice");
        add("bob");
    }

    private UserId add(String name) {
        UserId id = users.nextId();
        users.add(aUser().named(name).build(id));
        return id;
    }

    @Test
    void changesOnlyTheGivenFields() {
        UserView updated = update.update(new UpdateProfileCommand(alice, null, null, "likes tea"));
        assertThat(updated.description()).isEqualTo("likes tea");
        assertThat(get.get(new GetProfileQuery(alice)).name()).isEqualTo("alice");
    }

    @Test
    void keepingOnesOwnUsernameIsNotAClash() {
        assertThat(update.update(new UpdateProfileCommand(alice, "ALICE", "Alice", null))
                        .name())
                .isEqualTo("Alice");
    }

    @Test
    void takingSomeoneElsesUsernameIsAConflictAndChangesNothing() {
        assertThatThrownBy(() -> update.update(new UpdateProfileCommand(alice, "Bob", "New Name", null)))
                .isInstanceOf(UsernameTakenException.class);
        assertThat(get.get(new GetProfileQuery(alice)).name()).isEqualTo("alice");
    }

    @Test
    void invalidOrEmptyChangesAreRejected() {
        assertThatThrownBy(() -> update.update(new UpdateProfileCommand(alice, null, null, null)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> update.update(new UpdateProfileCommand(alice, null, "x".repeat(65), null)))
                .isInstanceOf(DomainException.class);
        assertThat(get.get(new GetProfileQuery(alice)).name()).isEqualTo("alice");
    }

    @Test
    void unknownUserIsNotFound() {
        assertThatThrownBy(() -> get.get(new GetProfileQuery(UserId.of(999))))
                .isInstanceOf(UserNotFoundException.class);
    }
}
