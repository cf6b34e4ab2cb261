package io.parley.application.account;

import io.parley.application.port.Clock;
import io.parley.application.port.SessionRepository;

/** Ends the session named by the caller's own access token. */
public final class LogOutService implements LogOutUseCase {
    private final SessionRepository sessions;
    private final Clock clock;

    public LogOutService(SessionRepository sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        sessions.revoke(command.session(), clock.now());
    }
}
