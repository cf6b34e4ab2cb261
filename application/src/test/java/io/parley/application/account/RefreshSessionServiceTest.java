package io.parley.application.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.application.event.SessionsEnded;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.auth.InvalidRefreshTokenException;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefreshSessionServiceTest {
    private final Accounts accounts = new Accounts();

    private TokenPair refresh(String token) {
        return accounts.refresh.refresh(new RefreshSessionCommand(token));
    }

    @Test
    void refreshingRotatesTheTokenAndTheOldOneStopsWorking() {
        TokenPair first = accounts.registerAlice().tokens();
        TokenPair second = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        TokenPair third = refresh(second.refreshToken());
        assertThat(third.refreshToken()).isNotEqualTo(second.refreshToken());
    }

    @Test
    void reusingAnExchangedTokenRevokesTheWholeSession() {
        TokenPair first = accounts.registerAlice().tokens();
        TokenPair second = refresh(first.refreshToken());

        assertThatThrownBy(() -> refresh(first.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class)
                .hasMessageContaining("revoked");
        // the legitimate holder of the newest token is logged out too: one of the two copies was stolen
        assertThatThrownBy(() -> refresh(second.refreshToken())).isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(accounts.events.eventsOf(SessionsEnded.class)).first().satisfies(ended -> {
            assertThat(ended.only()).isEqualTo(sessionOf(first.accessToken()));
            assertThat(ended.ends(sessionOf(second.accessToken()))).isTrue();
        });
    }

    @Test
    void anExpiredTokenIsRefused() {
        TokenPair first = accounts.registerAlice().tokens();
        accounts.clock.advance(Accounts.REFRESH_LIFETIME.plus(Duration.ofSeconds(1)));
        assertThatThrownBy(() -> refresh(first.refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class)
                .hasMessageContaining("expired");
    }

    @Test
    void unknownTokensAreRefusedAndMissingOnesAreInvalidRequests() {
        assertThatThrownBy(() -> refresh("made-up")).isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> refresh(null))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.code()).isEqualTo("auth.missing_refresh_token"));
        assertThatThrownBy(() -> refresh(" "))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID));
    }

    @Test
    void afterLogoutTheSessionCanNeitherRefreshNorVerify() {
        SessionGrant grant = accounts.registerAlice();
        SessionId session = sessionOf(grant.tokens().accessToken());
        accounts.logOut.logOut(new LogOutCommand(UserId.of(grant.user().id()), session));

        assertThat(accounts.verify.isActive(
                        new VerifySessionQuery(session, UserId.of(grant.user().id()))))
                .isFalse();
        assertThat(accounts.events.eventsOf(SessionsEnded.class))
                .containsExactly(SessionsEnded.one(UserId.of(grant.user().id()), session));
        assertThatThrownBy(() -> refresh(grant.tokens().refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class)
                .hasMessageContaining("logged out");
    }

    @Test
    void logOutEverywhereEndsAllSessionsOfTheUser() {
        SessionGrant first = accounts.registerAlice();
        SessionGrant second = accounts.logIn.logIn(new LogInCommand("alice", "correct horse", "10.0.0.1"));
        accounts.logOutEverywhere.logOutEverywhere(
                new LogOutEverywhereCommand(UserId.of(first.user().id())));

        assertThatThrownBy(() -> refresh(first.tokens().refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThatThrownBy(() -> refresh(second.tokens().refreshToken()))
                .isInstanceOf(InvalidRefreshTokenException.class);
        assertThat(accounts.events.eventsOf(SessionsEnded.class))
                .singleElement()
                .satisfies(
                        ended -> assertThat(ended.ends(sessionOf(second.tokens().accessToken())))
                                .isTrue());
    }

    /** The fake issuer writes tokens as {@code user:session:n}. */
    private static SessionId sessionOf(String fakeAccessToken) {
        return new SessionId(java.util.UUID.fromString(fakeAccessToken.split(":")[1]));
    }
}
