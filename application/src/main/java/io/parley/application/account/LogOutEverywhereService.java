package io.parley.application.account;

import io.parley.application.port.Clock;
import io.parley.application.port.SessionRepository;

/** Ends every session of a user, for "log out of all devices" and after a suspected compromise. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
    private final SessionRepository sessions;
    private final Clock clock;

    public LogOutEverywhereService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void logOutEverywhere(LogOutEverywhereCommand command) {
        sessions.revokeAll(command.user(), clock.now());
    }
}
