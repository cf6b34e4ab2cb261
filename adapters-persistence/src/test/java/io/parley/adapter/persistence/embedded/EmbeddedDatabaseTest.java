package io.parley.adapter.persistence.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
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

/** The embedded server keeps acknowledged writes across a crash, although its library starts PostgreSQL without. */
class EmbeddedDatabaseTest {
    private static final List<String> DURABILITY = List.of("fsync", "synchronous_commit", "full_page_writes");

    @Test
    void aServerOnAPersistentDirectoryRunsWithFsyncAndSynchronousCommitOn(@TempDir File dataDirectory)
            throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new File(dataDirectory, "postgres"), 0)) {
            assertThat(settings(database))
                    .isEqualTo(Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on"));
        }
    }

    @Test
    void theTestsThrowawayServerKeepsTheLibrarysFastSettings() throws SQLException {
        try (EmbeddedDatabase database = EmbeddedDatabase.startThrowaway()) {
            assertThat(settings(database)).containsEntry("fsync", "off").containsEntry("synchronous_commit", "off");
        }
    }

    private static Map<String, String> settings(EmbeddedDatabase database) throws SQLException {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection(
                        database.jdbcUrl(EmbeddedDatabase.DATABASE), EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            for (String name : DURABILITY) {
                try (ResultSet row = statement.executeQuery("show " + name)) {
                    row.next();
                    settings.put(name, row.getString(1));
                }
            }
        }
        return settings;
    }
}
