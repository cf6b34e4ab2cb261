package io.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.domain.DomainException;
import io.parley.domain.RateLimitedException;
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
        assertThat(accounts.logIn
                        .logIn(new LogInCommand("Alice", "correct horse", "10.0.0.1"))
                        .user()
                        .username())
                .isEqualTo("alice");
        assertThat(accounts.logIn
                        .logIn(new LogInCommand("alice@example.org", "correct horse", "10.0.0.1"))
                        .user()
                        .username())
                .isEqualTo("alice");
    }

    @Test
    void eachLoginOpensItsOwnSession() {
        SessionGrant one = accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.1"));
        SessionGrant two = accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.1"));
        assertThat(one.tokens().refreshToken()).isNotEqualTo(two.tokens().refreshToken());
    }

    @Test
    void wrongPasswordIsRefusedWithoutADummyCheck() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", "wrong horse", "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.hasher.dummyChecks()).isZero();
    }

    @Test
    void unknownOrMalformedLoginCostsADummyCheckAndGivesTheSameAnswer() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("nobody", "correct horse", "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("no body!", "correct horse", "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("ghost@example.org", "x", "10.0.0.1")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.hasher.dummyChecks()).isEqualTo(3);
    }

    @Test
    void repeatedFailuresFromOneAddressAreThrottledEvenWithTheRightPassword() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", "wrong horse", "10.0.0.9")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("Alice", "correct horse", "10.0.0.9")))
                .isInstanceOfSatisfying(RateLimitedException.class, e -> {
                    assertThat(e.code()).isEqualTo("auth.too_many_attempts");
                    assertThat(e.retryAfter()).isPositive();
                });
        // the owner, elsewhere, is not locked out
        assertThat(accounts.logIn
                        .logIn(new LogInCommand("alice", "correct horse", "10.0.0.1"))
                        .tokens())
                .isNotNull();
    }

    @Test
    void unknownLoginsAreThrottledLikeKnownOnes() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("nobody", "x", "10.0.0.9")))
                    .isInstanceOf(InvalidCredentialsException.class);
        }
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("nobody", "x", "10.0.0.9")))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void missingFieldsAreInvalidRequests() {
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand(null, "x", "10.0.0.1")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("auth.missing_credentials"));
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", null, "10.0.0.1")))
                .isInstanceOf(DomainException.class);
    }
}
