package io.parley.application.fake;

import io.parley.application.port.TransactionRunner;
import java.util.function.Supplier;

/** Runs work directly and counts transactions; the fakes have nothing to roll back. */
public final class ImmediateTransactionRunner implements TransactionRunner {
    private int started;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        started++;
        return work.get();
    }

    public int started() {
        return started;
    }
}
