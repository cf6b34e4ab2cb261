package io.parley.application.port;

import io.parley.application.fake.FakePresenceTracker;

/**
 * The services' presence fake passes the contract the in-process and Redis trackers pass, so its socket counting
 * cannot drift from theirs; only its expiry controls are its own.
 */
class FakePresenceTrackerTest extends PresenceTrackerContract {
    private final FakePresenceTracker tracker = new FakePresenceTracker();

    @Override
    protected PresenceTracker node() {
        return tracker;
    }
}
