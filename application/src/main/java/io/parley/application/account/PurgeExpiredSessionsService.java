package io.parley.application.account;

import io.parley.application.port.Clock;
import io.parley.application.port.SessionRepository;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes expired refresh tokens and dead sessions. Revoked sessions are kept for a day first, so a token replayed
 * shortly after logout is still recognised as belonging to a logged-out session.
 */
public final class PurgeExpiredSessionsService implements PurgeExpiredSessionsUseCase {
    static final Duration KEEP_REVOKED = Duration.ofDays(1);
    private final SessionRepository sessions;
    private final Clock clock;

    public PurgeExpiredSessionsService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public int purge(PurgeExpiredSessionsCommand command) {
        Instant now = clock.now();
        return sessions.purgeExpired(now, now.minus(KEEP_REVOKED));
    }
}
