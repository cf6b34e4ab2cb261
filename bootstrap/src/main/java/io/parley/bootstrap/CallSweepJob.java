package io.parley.bootstrap;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.parley.application.call.SweepAbandonedCallsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With several nodes, takes the call sessions of crashed nodes out of their calls (every 15 s by default). One node
 * needs no sweep: its sessions end with its sockets.
 */
@Singleton
@Requires(property = "redis.uri")
final class CallSweepJob {
    private static final Logger LOG = LoggerFactory.getLogger(CallSweepJob.class);
    private final SweepAbandonedCallsUseCase sweep;

    CallSweepJob(SweepAbandonedCallsUseCase sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelay = "${parley.presence.heartbeat:15s}", initialDelay = "${parley.presence.heartbeat:15s}")
    void run() {
        int gone = sweep.sweep();
        if (gone > 0) {
            LOG.info("{} call sessions of silent nodes left their calls", gone);
        }
    }
}
