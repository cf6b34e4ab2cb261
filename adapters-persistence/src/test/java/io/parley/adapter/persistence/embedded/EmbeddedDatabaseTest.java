package io.parley.adapter.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded server keeps acknowledged writes across a crash, although its library starts PostgreSQL without, and
 * lets in only the superuser with its password, from binaries in a private directory.
 */
class EmbeddedDatabaseTest {
    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");
    private static final String PASSWORD = "pw-for-this-test-0123456789abcdef";

    @Test
    void aServerOnAPersistentDirectoryRunsWithFsyncAndSynchronousCommitOn(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = startIn(data)) {
            assertThat(settings(database, DURABILITY))
                    .isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void theTestsThrowawayServerKeepsTheLibrarysFastSettings(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.startThrowaway(privateDirectory(data))) {
            assertThat(settings(database, DURABILITY))
                    .containsEntry("fsync", "off")
                    .containsEntry("synchronous_commit", "off");
        }
    }

    @Test
    void onlyTheSuperuserWithItsPasswordGetsInAndThereIsNoUnixSocket(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = startIn(data)) {
            assertRefused(database, "");
            assertRefused(database, "not-the-password");
            assertThat(settings(database, List.of("unix_socket_directories", "password_encryption")))
                    .isEqualTo(Map.of("unix_socket_directories", "", "password_encryption", "scram-sha-256"));
            assertThat(Files.readString(data.resolve("postgres/pg_hba.conf"))).doesNotContainPattern("(?m)^[^#]*trust");
        }
    }

    @Test
    void theServerRunsFromBinariesUnpackedBelowThePrivateDirectory(@TempDir Path data) throws Exception {
        try (EmbeddedDatabase database = startIn(data)) {
            long pid = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .strip());
            String command =
                    ProcessHandle.of(pid).orElseThrow().info().command().orElseThrow();
            assertThat(Path.of(command)).startsWith(data.resolve("private").toRealPath());
            assertThat(database.password()).isEqualTo(PASSWORD);
        }
        assertThat(data.resolve("private/initdb-password")).doesNotExist();
    }

    @Test
    void aClusterAnOlderParleyLeftOpenToEveryLocalUserNeedsThePasswordAfterTheNextStart(@TempDir Path data)
            throws Exception {
        try (EmbeddedDatabase database = startIn(data)) {
            assertThat(database.port()).isPositive();
        }
        // what initdb -A trust (Parley's embedded mode until now) wrote
        Files.writeString(
                data.resolve("postgres/pg_hba.conf"),
                "local all all trust\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\n");
        try (EmbeddedDatabase database = startIn(data)) {
            assertRefused(database, "");
            assertThat(settings(database, List.of("fsync"))).containsEntry("fsync", "on");
        }
    }

    private static EmbeddedDatabase startIn(Path data) throws IOException {
        return EmbeddedDatabase.start(data.resolve("postgres").toFile(), privateDirectory(data), PASSWORD, 0);
    }

    private static File privateDirectory(Path data) throws IOException {
        Path directory = Files.createDirectories(data.resolve("private"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
        return directory.toFile();
    }

    private static void assertRefused(EmbeddedDatabase database, String password) {
        assertThatThrownBy(() -> DriverManager.getConnection(
                                database.jdbcUrl(EmbeddedDatabase.DATABASE), EmbeddedDatabase.USER, password)
                        .close())
                .as("a connection with password '%s'", password)
                .isInstanceOf(SQLException.class);
    }

    private static Map<String, String> settings(EmbeddedDatabase database, List<String> names) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(EmbeddedDatabase.DATABASE), EmbeddedDatabase.USER, database.password());
                Statement statement = connection.createStatement()) {
            for (String name : names) {
                try (ResultSet row = statement.executeQuery("show " + name)) {
                    row.next();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return settings;
    }
}
