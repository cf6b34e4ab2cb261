package io.parley.adapter.persistence;

import io.parley.adapter.persistence.embedded.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL the tests use: by default an embedded server started once per JVM; when
 * {@code PARLEY_TEST_DB_URL} is set, that server. Either way each JVM gets a fresh database of its own.
 */
public final class TestDatabase {
    private static Target shared;

    private TestDatabase() {}

    /** Where the tests' database is. */
    public record Target(String url, String user, String password, boolean external) {
        /** Micronaut properties for a data source on this database with Flyway migrations on. */
        public Map<String, Object> properties() {
            Map<String, Object> properties = new HashMap<>();
            properties.put("datasources.default.url", url);
            properties.put("datasources.default.username", user);
            properties.put("datasources.default.password", password);
            properties.put("datasources.default.driver-class-name", "org.postgresql.Driver");
            properties.put("datasources.default.maximum-pool-size", 20);
            properties.put("flyway.datasources.default.enabled", true);
            return properties;
        }
    }

    public static synchronized Target shared() {
        if (shared == null) {
            shared = create();
        }
        return shared;
    }

    private static Target create() {
        String name =
                "parley_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String externalUrl = System.getenv("PARLEY_TEST_DB_URL");
        if (externalUrl != null && !externalUrl.isBlank()) {
            String user = System.getenv().getOrDefault("PARLEY_TEST_DB_USER", "postgres");
            String password = System.getenv().getOrDefault("PARLEY_TEST_DB_PASSWORD", "");
            execute(externalUrl, user, password, "create database " + name);
            Runtime.getRuntime()
                    .addShutdownHook(
                            new Thread(() -> dropQuietlyAtExit(externalUrl, user, password, name), "drop-" + name));
            return new Target(withDatabase(externalUrl, name), user, password, true);
        }
        // the embedded server stops (and deletes its directory) through its library's own shutdown hook
        EmbeddedDatabase embedded =
                EmbeddedDatabase.startThrowaway(privateDirectory().toFile());
        execute(
                embedded.jdbcUrl(EmbeddedDatabase.DATABASE),
                EmbeddedDatabase.USER,
                embedded.password(),
                "create database " + name);
        return new Target(embedded.jdbcUrl(name), EmbeddedDatabase.USER, embedded.password(), false);
    }

    /** {@code target/embedded-pg}, mode 700: the unpacked binaries stay there between runs of this module's tests. */
    public static Path privateDirectory() {
        Path directory = Path.of("target", "embedded-pg");
        try {
            Files.createDirectories(directory);
            Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            return directory;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + directory.toAbsolutePath(), e);
        }
    }

    /** The same JDBC URL pointing at another database: {@code jdbc:postgresql://host:port/db?x} → {@code .../name?x}. */
    static String withDatabase(String jdbcUrl, String database) {
        int hostStart = jdbcUrl.indexOf("//") + 2;
        int pathStart = jdbcUrl.indexOf('/', hostStart);
        int query = jdbcUrl.indexOf('?', hostStart);
        String base = jdbcUrl.substring(0, pathStart < 0 ? (query < 0 ? jdbcUrl.length() : query) : pathStart);
        return base + "/" + database + (query < 0 ? "" : jdbcUrl.substring(query));
    }

    private static void execute(String url, String user, String password, String sql) {
        try (Connection connection = DriverManager.getConnection(url, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + url, e);
        }
    }

    private static void dropQuietlyAtExit(String url, String user, String password, String name) {
        try {
            execute(url, user, password, "drop database if exists " + name + " with (force)");
        } catch (IllegalStateException e) {
            // at JVM exit there is no one left to throw to; say so on stderr
            System.err.println(
                    "could not drop test database " + name + ": " + e.getCause().getMessage());
        }
    }
}
