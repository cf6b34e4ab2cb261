package io.parley.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.account.PurgeExpiredSessionsCommand;
import io.parley.application.account.PurgeExpiredSessionsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the session purge periodically ({@code parley.security.purge-interval}, hourly by default). */
@Singleton
final class SessionPurgeJob {
    private static final Logger LOG = LoggerFactory.getLogger(SessionPurgeJob.class);
    private final PurgeExpiredSessionsUseCase purge;

    SessionPurgeJob(PurgeExpiredSessionsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${parley.security.purge-interval:1h}", initialDelay = "1m")
    void purgeExpiredSessions() {
        int deleted = purge.purge(new PurgeExpiredSessionsCommand());
        if (deleted > 0) {
            LOG.info("Purged {} expired or logged-out sessions", deleted);
        }
    }
}
