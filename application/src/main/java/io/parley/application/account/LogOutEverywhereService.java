package io.parley.application.account;

import io.parley.application.event.SessionsEnded;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.SessionRepository;

/** Ends every session of a user, for "log out of all devices" and after a suspected compromise; every open socket of theirs closes. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
    private final SessionRepository sessions;
    private final EventPublisher events;
    private final Clock clock;

    public LogOutEverywhereService(SessionRepository sessions, EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void logOutEverywhere(LogOutEverywhereCommand command) {
        sessions.revokeAll(command.user(), clock.now());
        events.publish(SessionsEnded.allBut(command.user(), null));
    }
}
