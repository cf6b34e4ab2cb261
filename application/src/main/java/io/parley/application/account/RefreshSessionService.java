package io.parley.application.account;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.SessionsEnded;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.SessionRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.DomainException;
import io.parley.domain.auth.InvalidRefreshTokenException;
import io.parley.domain.auth.RefreshToken;
import java.time.Instant;

/**
 * Rotates refresh tokens with reuse detection: a token that was already exchanged revokes its whole session,
 * because either the client or a thief holds a copy.
 */
public final class RefreshSessionService implements RefreshSessionUseCase {
    private final SessionRepository sessions;
    private final SessionStarter sessionStarter;
    private final CommitThenPublish commits;
    private final Clock clock;

    public RefreshSessionService(
            SessionRepository sessions,
            SessionStarter sessionStarter,
            EventPublisher events,
            TransactionRunner transactions,
            Clock clock) {
        this.sessions = sessions;
        this.sessionStarter = sessionStarter;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(RefreshSessionCommand command) {
        if (command.refreshToken() == null || command.refreshToken().isBlank()) {
            throw DomainException.invalid("auth.missing_refresh_token", "refresh_token is required");
        }
        String digest = RefreshSecrets.digest(command.refreshToken());
        // The revocation of a reused token must commit, so the rejection is thrown after the transaction.
        Outcome outcome = commits.run(after -> {
            Outcome exchanged = exchange(digest, clock.now());
            if (exchanged.ended() != null) {
                after.publish(exchanged.ended());
            }
            return exchanged;
        });
        if (outcome.tokens() == null) {
            throw new InvalidRefreshTokenException(outcome.rejection());
        }
        return outcome.tokens();
    }

    private Outcome exchange(String digest, Instant now) {
        RefreshToken token = sessions.findToken(digest).orElse(null);
        if (token == null) {
            return Outcome.rejected("refresh token is not known");
        }
        if (!sessions.isActive(token.session(), token.owner())) {
            return Outcome.rejected("session has been logged out");
        }
        switch (token.present(now)) {
            case EXPIRED:
                return Outcome.rejected("refresh token has expired");
            case REUSED:
                return revoked(token, now);
            case VALID:
            default:
                if (!sessions.markUsed(digest, now)) {
                    return revoked(token, now);
                }
                return new Outcome(sessionStarter.next(token), null, null);
        }
    }

    private Outcome revoked(RefreshToken token, Instant now) {
        sessions.revoke(token.session(), now);
        return new Outcome(
                null,
                "refresh token was already used; the session has been revoked",
                SessionsEnded.one(token.owner(), token.session()));
    }

    private record Outcome(TokenPair tokens, String rejection, SessionsEnded ended) {
        static Outcome rejected(String why) {
            return new Outcome(null, why, null);
        }
    }
}
