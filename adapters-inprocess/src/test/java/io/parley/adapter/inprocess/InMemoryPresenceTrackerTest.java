package io.parley.adapter.inprocess;

import io.parley.application.port.PresenceTracker;
import io.parley.application.port.PresenceTrackerContract;

/** The single-node presence passes the same contract as the Redis one; its "nodes" are the one node. */
class InMemoryPresenceTrackerTest extends PresenceTrackerContract {
    private final InMemoryPresenceTracker tracker = new InMemoryPresenceTracker();

    @Override
    protected PresenceTracker node() {
        return tracker;
    }
}
