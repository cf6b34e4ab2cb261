package io.parley.adapter.inprocess;

import io.parley.application.port.CallRoster;
import io.parley.application.port.CallRosterContract;

/** The single-node call roster passes the same contract as the Redis one; its "nodes" are the one node. */
class InMemoryCallRosterTest extends CallRosterContract {
    private final InMemoryCallRoster roster = new InMemoryCallRoster();

    @Override
    protected CallRoster node() {
        return roster;
    }
}
