package io.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.auth.InvalidCredentialsException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LogInServiceTest {
    private final Accounts accounts = new Accounts();

    @BeforeEach
    void registerAlice() {
        accounts.registerAlice();
    }

    @Test
    void logsInByUsernameInAnyCaseAndByEmail() {
        assertThat(accounts.logIn.logIn(new LogInCommand("Alice", "correct horse")).user().username())
                .isEqualTo("alice");
        assertThat(accounts.logIn.logIn(new LogInCommand("alice@example.org", "correct horse")).user().username())
                .isEqualTo("alice");
    }

    @Test
    void eachLoginOpensItsOwnSession() {
        SessionGrant one = accounts.logIn.logIn(new LogInCommand("alice", "correct horse"));
        SessionGrant two = accounts.logIn.logIn(new LogInCommand("alice", "correct horse"));
        assertThat(one.tokens().refreshToken()).isNotEqualTo(two.tokens().refreshToken());
    }

    @Test
    void wrongPasswordIsRefusedWithoutADummyCheck() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", "wrong horse")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.hasher.dummyChecks()).isZero();
    }

    @Test
    void unknownOrMalformedLoginCostsADummyCheckAndGivesTheSameAnswer() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("nobody", "correct horse")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("no body!", "correct horse")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("ghost@example.org", "x")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.hasher.dummyChecks()).isEqualTo(3);
    }

    @Test
    void missingFieldsAreInvalidRequests() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand(null, "x")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("auth.missing_credentials"));
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", null)))
                .isInstanceOf(DomainException.class);
    }
}
