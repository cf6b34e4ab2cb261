package io.parley.application.account;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.SessionsEnded;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.SessionRepository;
import io.parley.application.port.TransactionRunner;

/** Ends the session named by the caller's own access token; its open sockets close. */
public final class LogOutService implements LogOutUseCase {
    private final SessionRepository sessions;
    private final CommitThenPublish commits;
    private final Clock clock;

    public LogOutService(
            SessionRepository sessions, TransactionRunner transactions, EventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public void logOut(LogOutCommand command) {
        commits.run(after -> {
            sessions.revoke(command.session(), clock.now());
            after.publish(SessionsEnded.one(command.user(), command.session()));
            return null;
        });
    }
}
