package io.parley.application.port;

import java.util.function.Supplier;

/** Runs work atomically against the source of truth. */
public interface TransactionRunner {
    /** Runs {@code work} in one transaction: all of its writes commit together, or none do if it throws. */
    <T> T inTransaction(Supplier<T> work);
}
