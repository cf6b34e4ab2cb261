package io.parley.adapter.persistence;

import io.micronaut.context.ApplicationContext;
import io.parley.application.port.TransactionRunner;

/** One Micronaut context with only the persistence adapter, on the tests' database, shared by its tests. */
final class PersistenceContext {
    private static ApplicationContext context;

    private PersistenceContext() {}

    static synchronized ApplicationContext shared() {
        if (context == null) {
            context = ApplicationContext.run(TestDatabase.shared().properties());
            Runtime.getRuntime().addShutdownHook(new Thread(context::close, "close-persistence-context"));
        }
        return context;
    }

    static void inTransaction(Runnable work) {
        shared().getBean(TransactionRunner.class).inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
