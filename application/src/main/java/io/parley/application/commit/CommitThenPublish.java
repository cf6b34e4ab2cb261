package io.parley.application.commit;

import io.parley.application.port.EventPublisher;
import io.parley.application.port.TransactionRunner;
import java.util.function.Function;

/**
 * The one way a use case changes the source of truth: its work runs in one transaction, and what it put in the
 * {@link AfterCommit} (events to publish, files to remove) happens only once that transaction has committed, in the
 * order it was added. If the work throws, nothing of it happens. Every writing use case goes through here, so no
 * client ever hears of a change that was rolled back. (Signals that store nothing, typing, presence and call
 * signalling, are published directly.)
 */
public final class CommitThenPublish {
    private final TransactionRunner transactions;
    private final EventPublisher events;

    public CommitThenPublish(TransactionRunner transactions, EventPublisher events) {
        this.transactions = transactions;
        this.events = events;
    }

    /** Runs {@code work} in one transaction, then carries out what it left in its {@link AfterCommit}. */
    public <T> T run(Function<AfterCommit, T> work) {
        AfterCommit after = new AfterCommit();
        T result = transactions.inTransaction(() -> work.apply(after));
        after.carryOut(events);
        return result;
    }
}
