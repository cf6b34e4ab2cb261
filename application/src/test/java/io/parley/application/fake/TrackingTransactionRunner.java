package io.parley.application.fake;

import io.parley.application.port.TransactionRunner;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs work directly, knows whether it is inside a transaction, and rolls the given stores back when the work
 * throws, as the database would; a nested call joins the outer transaction.
 */
public final class TrackingTransactionRunner implements TransactionRunner {
    private final List<Snapshottable> stores;
    private int depth;
    private int started;
    private int rolledBack;

    public TrackingTransactionRunner(Snapshottable... stores) {
        this.stores = List.of(stores);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        if (depth > 0) {
            return work.get();
        }
        List<Runnable> restores = stores.stream().map(Snapshottable::snapshot).toList();
        depth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            restores.forEach(Runnable::run);
            rolledBack++;
            throw e;
        } finally {
            depth--;
        }
    }

    /** True while work runs inside {@link #inTransaction(Supplier)}. */
    public boolean inTransaction() {
        return depth > 0;
    }

    /** How many transactions were asked for, nested ones included. */
    public int started() {
        return started;
    }

    /** How many outermost transactions ended by throwing and were undone. */
    public int rolledBack() {
        return rolledBack;
    }
}
