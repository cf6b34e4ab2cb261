package io.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.user.EmailTakenException;
import io.parley.domain.user.UsernameTakenException;
import org.junit.jupiter.api.Test;

class RegisterAccountServiceTest {
    private final Accounts accounts = new Accounts();

    @Test
    void registeringCreatesTheProfileAndLogsTheNewcomerIn() {
        SessionGrant grant = accounts.registerAlice();

        assertThat(grant.user().username()).isEqualTo("alice");
        assertThat(grant.user().name()).isEqualTo("Alice");
        assertThat(grant.user().email()).isEqualTo("alice@example.org");
        assertThat(grant.tokens().accessToken()).isNotBlank();
        assertThat(grant.tokens().refreshToken()).isNotBlank();
        assertThat(accounts.users.count()).isEqualTo(1);
    }

    @Test
    void usernameTakenInAnotherCaseIsAConflictAndNothingIsStored() {
        accounts.registerAlice();
        assertThatThrownBy(() -> accounts.register.register(
                        new RegisterAccountCommand("ALICE", "another pass", null, null, null)))
                .isInstanceOf(UsernameTakenException.class);
        assertThat(accounts.users.count()).isEqualTo(1);
    }

    @Test
    void emailTakenIsAConflict() {
        accounts.registerAlice();
        assertThatThrownBy(() -> accounts.register.register(
                        new RegisterAccountCommand("alice2", "another pass", null, "ALICE@example.org", null)))
                .isInstanceOf(EmailTakenException.class);
        assertThat(accounts.users.count()).isEqualTo(1);
    }

    @Test
    void invalidInputIsRejectedBeforeAnyWrite() {
        assertThatThrownBy(
                        () -> accounts.register.register(new RegisterAccountCommand("bob", "short", null, null, null)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.INVALID);
                    assertThat(e.code()).isEqualTo("user.invalid_password");
                });
        assertThatThrownBy(() ->
                        accounts.register.register(new RegisterAccountCommand(null, "long enough", null, null, null)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("user.invalid_username"));
        assertThat(accounts.users.count()).isZero();
        assertThat(accounts.transactions.started()).isZero();
    }
}
