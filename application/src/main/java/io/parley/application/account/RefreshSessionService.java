package io.parley.application.account;

import io.parley.application.port.Clock;
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
    private final TransactionRunner transactions;
    private final Clock clock;

    public RefreshSessionService(SessionRepository sessions, SessionStarter sessionStarter,
                                 TransactionRunner transactions, Clock clock) {
        this.sessions = sessions;
        this.sessionStarter = sessionStarter;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public TokenPair refresh(RefreshSessionCommand command) {
        if (command.refreshToken() == null || command.refreshToken().isBlank()) {
            throw DomainException.invalid("auth.missing_refresh_token", "refresh_token is required");
        }
        String digest = RefreshSecrets.digest(command.refreshToken());
        // The revocation of a reused token must commit, so the rejection is thrown after the transaction.
        Outcome outcome = transactions.inTransaction(() -> exchange(digest, clock.now()));
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
        if (!sessions.isActive(token.session())) {
            return Outcome.rejected("session has been logged out");
        }
        switch (token.present(now)) {
            case EXPIRED:
                return Outcome.rejected("refresh token has expired");
            case REUSED:
                sessions.revoke(token.session(), now);
                return Outcome.rejected("refresh token was already used; the session has been revoked");
            case VALID:
            default:
                if (!sessions.markUsed(digest, now)) {
                    sessions.revoke(token.session(), now);
                    return Outcome.rejected("refresh token was already used; the session has been revoked");
                }
                return new Outcome(sessionStarter.next(token), null);
        }
    }

    private record Outcome(TokenPair tokens, String rejection) {
        static Outcome rejected(String why) {
            return new Outcome(null, why);
        }
    }
}
