package io.parley.bootstrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * {@code PARLEY_DATA_DIR} and what Parley keeps in it (ADR 0002): {@code jwt-secret}, and for the embedded database
 * {@code parley.lock}, {@code postgres/} (the cluster), {@code postgres-password} and {@code embedded-postgres/}.
 */
final class DataDirectory {
    static final String CLUSTER = "postgres";
    static final String DATABASE_PASSWORD = "postgres-password";
    static final String PRIVATE = "embedded-postgres";

    private DataDirectory() {}

    /** Creates the directory if missing, or says in one line why it cannot be used. */
    static void create(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new StartupException("PARLEY_DATA_DIR='" + directory + "' cannot be created (" + reason(e)
                    + "); expected a directory Parley may write, e.g. ./data or /var/lib/parley");
        }
        if (!Files.isWritable(directory)) {
            throw new StartupException("PARLEY_DATA_DIR='" + directory + "' is not writable; expected a directory"
                    + " Parley may write, e.g. ./data or /var/lib/parley");
        }
    }

    /** {@code <dir>/embedded-postgres}, which only its owner may enter (mode 700), made so if it was looser. */
    static Path privateDirectory(Path directory) {
        Path path = directory.resolve(PRIVATE);
        try {
            Files.createDirectories(path);
            if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
            }
            return path;
        } catch (IOException e) {
            throw new StartupException("cannot make " + path + " private to its owner (" + reason(e) + ")");
        }
    }

    private static String reason(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }
}
