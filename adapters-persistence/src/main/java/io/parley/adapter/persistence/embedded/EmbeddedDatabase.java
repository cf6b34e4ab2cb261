package io.parley.adapter.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.FileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server run by Parley itself from binaries shipped in a jar, for machines with only a JDK. Its cluster
 * survives restarts and crashes; only the superuser with its password gets in, over loopback TCP (no Unix socket);
 * the binaries are unpacked below a directory private to the owner. The server stops with the JVM.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedDatabase(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts a server on {@code cluster} (initialising it on first use, with {@code password} for the superuser) on a
     * free port, or on {@code port} if positive. {@code privateDirectory} must be enterable by its owner only (mode
     * 700): the binaries are unpacked below it. A server a crashed Parley left running on the cluster is stopped
     * first; the caller makes sure no live Parley uses it.
     */
    public static EmbeddedDatabase start(File cluster, File privateDirectory, String password, int port) {
        if (!password.matches("[A-Za-z0-9_-]{16,}")) {
            throw new IllegalArgumentException(
                    "the embedded PostgreSQL's password must be 16 or more of A-Z a-z 0-9 _ -");
        }
        LeftoverPostmaster.clear(cluster);
        boolean openToAnyone =
                new File(cluster, "pg_hba.conf").isFile() && HostBasedAuthentication.trustsAnyone(cluster);
        EmbeddedPostgres.Builder builder = builder(privateDirectory, password)
                .setDataDirectory(cluster)
                .setCleanDataDirectory(false)
                .setServerConfig("max_connections", "100")
                // the library starts PostgreSQL with fsync off (fine for tests); real data must survive a crash
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedDatabase database = new EmbeddedDatabase(start(builder, privateDirectory, password), password);
        if (openToAnyone) {
            database.closeToPasswordless(cluster);
        }
        return database;
    }

    /**
     * Starts a server in a fresh temporary directory that is deleted when it closes (for tests), with a random
     * password and binaries below {@code privateDirectory} (mode 700).
     */
    public static EmbeddedDatabase startThrowaway(File privateDirectory) {
        String password = randomPassword();
        EmbeddedPostgres.Builder builder =
                builder(privateDirectory, password).setServerConfig("max_connections", "200");
        return new EmbeddedDatabase(start(builder, privateDirectory, password), password);
    }

    private static EmbeddedPostgres.Builder builder(File privateDirectory, String password) {
        File binaries = new File(privateDirectory, "binaries");
        File passwordFile = new File(privateDirectory, "initdb-password");
        return EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(binaries)
                .setPgBinaryResolver(new BinariesIn(binaries))
                .setPGStartupWait(STARTUP_WAIT)
                // the library runs initdb with "-A trust"; its locale options are passed on as --key=value after
                // that, so these win: scram-sha-256 for every connection and the superuser's password from the file
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", passwordFile.getAbsolutePath())
                .setConnectConfig("password", password)
                .setServerConfig("password_encryption", "scram-sha-256")
                // no Unix socket (the default one in /tmp is open to every local user); loopback TCP only
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("listen_addresses", "localhost");
    }

    private static EmbeddedPostgres start(EmbeddedPostgres.Builder builder, File privateDirectory, String password) {
        File passwordFile = new File(privateDirectory, "initdb-password");
        try {
            // initdb reads the password from a file; it lives in the private directory for the start only
            try (Writer writer = new FileWriter(passwordFile, StandardCharsets.UTF_8)) {
                writer.write(password + "\n");
            }
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL: " + e.getMessage(), e);
        } finally {
            if (passwordFile.exists() && !passwordFile.delete()) {
                LOG.warn("could not delete {}", passwordFile);
            }
        }
    }

    /** A cluster made by an older Parley let anyone on this host in as superuser: give it the password, drop trust. */
    private void closeToPasswordless(File cluster) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(DATABASE), USER, password);
                Statement statement = connection.createStatement()) {
            // the password is base64url text, so it needs no escaping inside the quotes
            statement.execute("alter role " + USER + " password '" + password + "'");
            HostBasedAuthentication.requirePasswords(cluster);
            statement.execute("select pg_reload_conf()");
            LOG.warn(
                    "The embedded PostgreSQL in {} accepted local connections without a password; it now requires"
                            + " the one in the data directory",
                    cluster);
        } catch (SQLException e) {
            close();
            throw new IllegalStateException("could not require a password on the embedded PostgreSQL in " + cluster, e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** JDBC URL of a database on this server (the password is not in it: see {@link #password()}). */
    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(USER, database);
    }

    /** The superuser's password. */
    public String password() {
        return password;
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
