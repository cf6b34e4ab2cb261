package io.parley.application.account;

import io.parley.application.commit.AfterCommit;
import io.parley.application.event.SessionsEnded;
import io.parley.application.port.AccessTokenIssuer;
import io.parley.application.port.AccessTokenIssuer.IssuedAccessToken;
import io.parley.application.port.Clock;
import io.parley.application.port.SessionRepository;
import io.parley.application.profile.UserView;
import io.parley.domain.auth.RefreshToken;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.User;
import java.time.Duration;

/** Opens sessions and mints the next token pair of an existing one; shared by register, login and refresh. */
public final class SessionStarter {
    private final SessionRepository sessions;
    private final AccessTokenIssuer accessTokens;
    private final Clock clock;
    private final Duration refreshLifetime;
    private final int maxSessions;
    private final RefreshSecrets secrets = new RefreshSecrets();

    public SessionStarter(
            SessionRepository sessions,
            AccessTokenIssuer accessTokens,
            Clock clock,
            Duration refreshLifetime,
            int maxSessions) {
        if (maxSessions < 1) {
            throw new IllegalArgumentException("a user needs room for at least one session: " + maxSessions);
        }
        this.sessions = sessions;
        this.accessTokens = accessTokens;
        this.clock = clock;
        this.refreshLifetime = refreshLifetime;
        this.maxSessions = maxSessions;
    }

    /** Opens a new session for {@code user}; call inside the transaction that must commit with it. */
    SessionGrant open(User user) {
        SessionId session = SessionId.random();
        String secret = secrets.newSecret();
        sessions.open(
                RefreshToken.issue(RefreshSecrets.digest(secret), session, user.id(), clock.now(), refreshLifetime));
        return new SessionGrant(UserView.of(user), pair(user, session, secret));
    }

    /**
     * Opens a new session for an existing {@code user} and ends their oldest sessions beyond the most a user may
     * have, so a user (or a script with their password) cannot pile up sessions; the ended sessions' sockets are told
     * after commit.
     */
    SessionGrant openWithin(User user, AfterCommit after) {
        SessionGrant grant = open(user);
        for (SessionId oldest : sessions.openBeyondNewest(user.id(), maxSessions)) {
            sessions.revoke(oldest, clock.now());
            after.publish(SessionsEnded.one(user.id(), oldest));
        }
        return grant;
    }

    /** The next token pair of {@code current}'s session. */
    TokenPair next(RefreshToken current) {
        String secret = secrets.newSecret();
        sessions.addToken(RefreshToken.issue(
                RefreshSecrets.digest(secret), current.session(), current.owner(), clock.now(), refreshLifetime));
        IssuedAccessToken access = accessTokens.issue(current.owner(), current.session());
        return new TokenPair(access.token(), access.expiresInSeconds(), secret);
    }

    private TokenPair pair(User user, SessionId session, String refreshSecret) {
        IssuedAccessToken access = accessTokens.issue(user.id(), session);
        return new TokenPair(access.token(), access.expiresInSeconds(), refreshSecret);
    }
}
