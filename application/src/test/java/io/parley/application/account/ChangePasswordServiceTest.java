package io.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.SessionsEnded;
import io.parley.domain.DomainException;
import io.parley.domain.RateLimitedException;
import io.parley.domain.auth.InvalidCredentialsException;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChangePasswordServiceTest {
    private final Accounts accounts = new Accounts();
    private final ChangePasswordUseCase change = new ChangePasswordService(
            accounts.users,
            accounts.sessions,
            accounts.events,
            accounts.hasher,
            accounts.transactions,
            accounts.clock,
            accounts.throttle);
    private SessionGrant phone;
    private SessionGrant laptop;

    @BeforeEach
    void registerAndLogInTwice() {
        phone = accounts.registerAlice();
        laptop = accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.1"));
    }

    private static SessionId sessionOf(SessionGrant grant) {
        return new SessionId(UUID.fromString(grant.tokens().accessToken().split(":")[1]));
    }

    private UserId alice() {
        return UserId.of(phone.user().id());
    }

    @Test
    void theNewPasswordWorksTheOldDoesNotAndOnlyTheChangingSessionSurvives() {
        change.change(new ChangePasswordCommand(alice(), sessionOf(phone), "correct horse", "battery staple"));

        assertThat(accounts.logIn.logIn(new LogInCommand("alice", "battery staple", "10.0.0.1")))
                .isNotNull();
        assertThatThrownBy(() -> accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.2")))
                .isInstanceOf(InvalidCredentialsException.class);
        assertThat(accounts.verify.isActive(new VerifySessionQuery(sessionOf(phone), alice())))
                .isTrue();
        assertThat(accounts.verify.isActive(new VerifySessionQuery(sessionOf(laptop), alice())))
                .isFalse();
        assertThat(accounts.events.eventsOf(SessionsEnded.class))
                .singleElement()
                .satisfies(ended -> {
                    assertThat(ended.ends(sessionOf(laptop))).isTrue();
                    assertThat(ended.ends(sessionOf(phone))).isFalse();
                });
    }

    @Test
    void aWrongCurrentPasswordIsForbiddenAndChangesNothing() {
        assertThatThrownBy(() -> change.change(
                        new ChangePasswordCommand(alice(), sessionOf(phone), "wrong horse", "battery staple")))
                .isInstanceOf(WrongPasswordException.class);
        assertThat(accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.1")))
                .isNotNull();
        assertThat(accounts.verify.isActive(new VerifySessionQuery(sessionOf(laptop), alice())))
                .isTrue();
    }

    @Test
    void repeatedWrongCurrentPasswordsAreThrottled() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> change.change(
                            new ChangePasswordCommand(alice(), sessionOf(phone), "guess", "battery staple")))
                    .isInstanceOf(WrongPasswordException.class);
        }
        assertThatThrownBy(() -> change.change(
                        new ChangePasswordCommand(alice(), sessionOf(phone), "correct horse", "battery staple")))
                .isInstanceOf(RateLimitedException.class);
    }

    @Test
    void anInvalidNewPasswordIsRejectedBeforeAnythingChanges() {
        assertThatThrownBy(() ->
                        change.change(new ChangePasswordCommand(alice(), sessionOf(phone), "correct horse", "short")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("user.invalid_password"));
        assertThatThrownBy(() ->
                        change.change(new ChangePasswordCommand(alice(), sessionOf(phone), null, "battery staple")))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("auth.missing_current_password"));
        assertThat(accounts.verify.isActive(new VerifySessionQuery(sessionOf(laptop), alice())))
                .isTrue();
    }
}
