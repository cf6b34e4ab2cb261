package io.parley.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.parley.application.port.BatchTransactionRunner;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * One PostgreSQL transaction for many units of work, each behind a savepoint, so a failing unit (a refused send, a
 * unique violation) is rolled back alone while the others commit together.
 */
@Singleton
public final class JdbcBatchTransactionRunner implements BatchTransactionRunner {
    private final TransactionOperations<Connection> transactions;

    public JdbcBatchTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> List<Outcome<T>> inOneTransaction(List<Supplier<T>> units) {
        if (units.size() == 1) {
            // alone in its transaction: no savepoint needed, its failure rolls the transaction back
            try {
                return List.of(Outcome.of(transactions.executeWrite(status -> {
                    try {
                        return units.get(0).get();
                    } catch (RuntimeException failed) {
                        throw new UnitFailed(failed);
                    }
                })));
            } catch (UnitFailed unit) {
                return List.of(Outcome.failed(unit.cause));
            }
        }
        return transactions.executeWrite(status -> {
            Connection connection = status.getConnection();
            List<Outcome<T>> outcomes = new ArrayList<>(units.size());
            for (Supplier<T> unit : units) {
                // never released: the commit ends them all, and a RELEASE would cost each unit a round trip of its own
                // (a unit that fails rolls back to its own savepoint, which leaves the earlier units' work in place)
                Savepoint savepoint = connection.setSavepoint();
                try {
                    T result = unit.get();
                    outcomes.add(Outcome.of(result));
                } catch (RuntimeException failed) {
                    rollBack(connection, savepoint, failed);
                    outcomes.add(Outcome.failed(failed));
                }
            }
            return outcomes;
        });
    }

    /** Carries a unit's own failure through the transaction, which it rolls back. */
    private static final class UnitFailed extends RuntimeException {
        private final RuntimeException cause;

        UnitFailed(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.cause = cause;
        }
    }

    private static void rollBack(Connection connection, Savepoint savepoint, RuntimeException cause) {
        try {
            connection.rollback(savepoint);
        } catch (SQLException broken) {
            // the connection itself failed: the whole transaction goes, and every unit with it
            broken.addSuppressed(cause);
            throw new IllegalStateException("cannot roll back to a savepoint: " + broken.getMessage(), broken);
        }
    }
}
