package io.parley.application.port;

import java.util.List;
import java.util.function.Supplier;

/** Runs several independent units of work in one transaction, so that they share one commit. */
public interface BatchTransactionRunner {
    /**
     * Runs {@code units} in order in one transaction, each behind a savepoint: a unit that throws has only its own
     * writes rolled back and the next unit goes on (later units see the earlier units' writes). Returns once the
     * transaction has committed, one outcome per unit in order. If the transaction cannot commit, or the connection
     * fails, this throws and none of the units' writes are stored.
     */
    <T> List<Outcome<T>> inOneTransaction(List<Supplier<T>> units);

    /** What one unit gave: its result, or the exception it threw (its writes rolled back). */
    record Outcome<T>(T result, RuntimeException failure) {
        public static <T> Outcome<T> of(T result) {
            return new Outcome<>(result, null);
        }

        public static <T> Outcome<T> failed(RuntimeException failure) {
            return new Outcome<>(null, failure);
        }
    }
}
