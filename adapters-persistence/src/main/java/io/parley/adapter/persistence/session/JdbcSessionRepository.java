package io.parley.adapter.persistence.session;

import io.parley.application.port.SessionRepository;
import io.parley.domain.auth.RefreshToken;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sessions and refresh tokens in PostgreSQL; "mark used" is one conditional UPDATE, so only one exchange wins. */
@Singleton
public final class JdbcSessionRepository implements SessionRepository {
    private final SessionRowRepository sessions;
    private final RefreshTokenRowRepository tokens;

    public JdbcSessionRepository(SessionRowRepository sessions, RefreshTokenRowRepository tokens) {
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Override
    public void open(RefreshToken first) {
        sessions.save(new SessionRow(first.session().value(), first.owner().value(), first.issuedAt(), null));
        addToken(first);
    }

    @Override
    public void addToken(RefreshToken next) {
        tokens.save(new RefreshTokenRow(
                next.digest(), next.session().value(), next.owner().value(), next.issuedAt(), next.expiresAt(), null));
    }

    @Override
    public Optional<RefreshToken> findToken(String digest) {
        return tokens.findById(digest)
                .map(row -> RefreshToken.rehydrate(
                        row.digest(),
                        new SessionId(row.sessionId()),
                        UserId.of(row.userId()),
                        row.issuedAt(),
                        row.expiresAt(),
                        row.usedAt()));
    }

    @Override
    public boolean markUsed(String digest, Instant now) {
        return tokens.markUsed(digest, now) == 1;
    }

    @Override
    public boolean isActive(SessionId session, UserId owner) {
        return sessions.existsByIdAndUserIdAndRevokedAtIsNull(session.value(), owner.value());
    }

    @Override
    public void revoke(SessionId session, Instant now) {
        sessions.revoke(session.value(), now);
    }

    @Override
    public void revokeAll(UserId user, Instant now) {
        sessions.revokeAllOfUser(user.value(), now);
    }

    @Override
    public List<SessionId> openBeyondNewest(UserId user, int keep) {
        return sessions.findOpenBeyondNewest(user.value(), keep).stream()
                .map(row -> new SessionId(row.id()))
                .toList();
    }

    @Override
    public void revokeAllExcept(UserId user, SessionId keep, Instant now) {
        sessions.revokeAllOfUserExcept(user.value(), keep.value(), now);
    }

    @Override
    public int purgeExpired(Instant now, Instant revokedBefore) {
        tokens.deleteExpired(now);
        return sessions.deleteDead(revokedBefore);
    }
}
