package io.parley.bootstrap;

import io.parley.adapter.persistence.DatabaseOutage;
import io.parley.adapter.websocket.DependencyOutages;
import jakarta.inject.Singleton;

/**
 * The sockets' view of a database outage: a frame that failed because the database could not be reached is answered
 * with {@code service.unavailable}, like REST's 503 ({@link DatabaseOutageHandler}). Lives here because it joins the
 * persistence adapter's knowledge with the WebSocket adapter's answers.
 */
@Singleton
final class DatabaseOutages implements DependencyOutages {
    @Override
    public boolean causedBy(Throwable failure) {
        return DatabaseOutage.causedBy(failure);
    }
}
