package io.parley.bootstrap;

import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.presence.ExpirePresenceUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Keeps this node's presence alive and takes the users of crashed nodes offline (every 15 s by default). */
@Singleton
final class PresenceExpiryJob {
    private static final Logger LOG = LoggerFactory.getLogger(PresenceExpiryJob.class);
    private final ExpirePresenceUseCase expire;

    PresenceExpiryJob(ExpirePresenceUseCase expire) {
        this.expire = expire;
    }

    @Scheduled(fixedDelay = "${parley.presence.heartbeat:15s}", initialDelay = "${parley.presence.heartbeat:15s}")
    void run() {
        int gone = expire.expire();
        if (gone > 0) {
            LOG.info("{} users of silent nodes went offline", gone);
        }
    }
}
