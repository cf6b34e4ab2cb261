package io.parley.application.account;

import io.parley.application.event.SessionsEnded;
import io.parley.application.port.EventPublisher;import io.parley.application.port.Clock;
import io.parley.application.port.SessionRepository;

/** Ends the session named by the caller's own access token; its open sockets close. */
public final class LogOutService implements LogOutUseCase {
    private final SessionRepository sessions;
    private final EventPublisher events;
    private final Clock clock;

    public LogOutService(SessionRepository sessions, EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        sessions.revoke(command.session(), clock.now());
        events.publish(SessionsEnded.one(command.user(), command.session()));
    }
}
