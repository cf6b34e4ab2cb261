package io.parley.application.account;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.SessionsEnded;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.SessionRepository;
import io.parley.application.port.TransactionRunner;

/** Ends every session of a user, for "log out of all devices" and after a suspected compromise; every open socket of theirs closes. */
public final class LogOutEverywhereService implements LogOutEverywhereUseCase {
    private final SessionRepository sessions;
    private final CommitThenPublish commits;
    private final Clock clock;

    public LogOutEverywhereService(
            SessionRepository sessions, TransactionRunner transactions, EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public void logOutEverywhere(LogOutEverywhereCommand command) {
        commits.run(after -> {
            sessions.revokeAll(command.user(), clock.now());
            after.publish(SessionsEnded.allBut(command.user(), null));
            return null;
        });
    }
}
