package io.parley.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.parley.application.port.TransactionRunner;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;

/** Transactions on the default PostgreSQL data source; an exception rolls everything back and is rethrown. */
@Singleton
public final class JdbcTransactionRunner implements TransactionRunner {
    private final TransactionOperations<Connection> transactions;

    public JdbcTransactionRunner(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
