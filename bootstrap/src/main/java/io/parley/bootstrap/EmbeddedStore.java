package io.parley.bootstrap;

import io.parley.adapter.persistence.embedded.EmbeddedDatabase;
import java.nio.file.Path;

/** The embedded PostgreSQL of a data directory with the lock that makes it this process's alone. */
final class EmbeddedStore implements AutoCloseable {
    private final DataDirectoryLock lock;
    private final EmbeddedDatabase database;

    private EmbeddedStore(DataDirectoryLock lock, EmbeddedDatabase database) {
        this.lock = lock;
        this.database = database;
    }

    /** Locks the data directory, then starts (or first creates) its cluster with the password kept beside it. */
    static EmbeddedStore open(LaunchSettings settings) {
        Path data = settings.dataDirectory();
        DataDirectoryLock lock = DataDirectoryLock.acquire(data);
        try {
            String password = OwnerOnlySecret.loadOrCreate(
                            data.resolve(DataDirectory.DATABASE_PASSWORD),
                            16,
                            "only if the embedded database has no data worth keeping: it needs this password")
                    .secret();
            Path cluster = data.resolve(DataDirectory.CLUSTER);
            EmbeddedDatabase database;
            try {
                database = EmbeddedDatabase.start(
                        cluster.toFile(),
                        DataDirectory.privateDirectory(data).toFile(),
                        password,
                        settings.embeddedDatabasePort());
            } catch (RuntimeException e) {
                throw new StartupException(
                        "the embedded PostgreSQL in " + cluster.toAbsolutePath() + " did not start (" + reason(e)
                                + "); set PARLEY_DB_URL to use another PostgreSQL",
                        e);
            }
            return new EmbeddedStore(lock, database);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    EmbeddedDatabase database() {
        return database;
    }

    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }

    /** The failure's own message and, if different, its root cause's. */
    private static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String top = String.valueOf(e.getMessage());
        String bottom = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return (root == e || top.contains(bottom) ? top : top + ": " + bottom)
                .replaceAll("\\s+", " ")
                .strip();
    }
}
