package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.adapter.persistence.embedded.EmbeddedDatabase;
import io.parley.bootstrap.LaunchSettings;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.StartupException;
import io.parley.bootstrap.support.Api;
import io.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-install mode: no database and no secret configured, everything kept in the data directory. */
class RestartIT {

    @Test
    void accountsAndIssuedTokensSurviveARestartOnTheEmbeddedDatabase(@TempDir Path dataDirectory) throws IOException {
        LaunchSettings settings = new LaunchSettings(dataDirectory, null, null, null, null, 0, null);
        Map<String, Object> anyPort = Map.of("micronaut.server.port", -1);
        String username = Api.uniqueName("restart");
        String accessToken;
        try (Parley first = Parley.start(settings, anyPort)) {
            assertThat(first.embeddedDatabase()).isPresent();
            accessToken = new Api(first).register(username, "correct horse").accessToken();
        }
        Path secret = dataDirectory.resolve("jwt-secret");
        assertThat(Files.readString(secret).strip()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(secret)))
                .isEqualTo("rw-------");

        try (Parley second = Parley.start(settings, anyPort)) {
            Api api = new Api(second);
            assertThat(api.get("/api/v1/auth/me", accessToken).json()).containsEntry("username", username);
            assertThat(api.logIn(username, "correct horse").accessToken()).isNotBlank();
        }
    }

    @Test
    void theEmbeddedDatabaseLetsInOnlyParleyWithThePasswordKeptOwnerOnlyInTheDataDirectory(@TempDir Path dataDirectory)
            throws Exception {
        LaunchSettings settings = new LaunchSettings(dataDirectory, null, null, null, null, 0, null);
        try (Parley parley = Parley.start(settings, Map.of("micronaut.server.port", -1))) {
            EmbeddedDatabase database = parley.embeddedDatabase().orElseThrow();
            String url = "jdbc:postgresql://127.0.0.1:" + database.port() + "/postgres";
            for (String wrong : new String[] {"", "postgres", "not-the-password"}) {
                assertThatThrownBy(() -> DriverManager.getConnection(url, "postgres", wrong)
                                .close())
                        .as("password '%s'", wrong)
                        .isInstanceOf(SQLException.class);
            }
            Path passwordFile = dataDirectory.resolve("postgres-password");
            try (Connection connection = DriverManager.getConnection(
                    url, "postgres", Files.readString(passwordFile).strip())) {
                assertThat(connection.isValid(5)).isTrue();
            }
            assertThat(mode(passwordFile)).isEqualTo("rw-------");
            assertThat(mode(dataDirectory.resolve("embedded-postgres"))).isEqualTo("rwx------");
            assertThat(mode(dataDirectory.resolve("postgres"))).isEqualTo("rwx------");
            long postmaster = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postgres/postmaster.pid"))
                    .get(0)
                    .strip());
            assertThat(Path.of(ProcessHandle.of(postmaster)
                            .orElseThrow()
                            .info()
                            .command()
                            .orElseThrow()))
                    .as("the server runs from binaries unpacked below the data directory")
                    .startsWith(dataDirectory.resolve("embedded-postgres").toRealPath());
        }
    }

    @Test
    void aDatabaseThatRefusesTheLoginStopsTheStartNamingTheUserAndHidingThePassword(@TempDir Path dataDirectory) {
        TestDatabase.Target database = TestDatabase.shared();
        // a user the server does not know: refused alike by the embedded server and by a trusting external one
        String user = Api.uniqueName("nobody_");
        LaunchSettings settings = new LaunchSettings(
                dataDirectory, database.url(), user, "wrong-password-123", TestServer.JWT_SECRET, 0, null);
        assertThatThrownBy(() -> Parley.start(settings, Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith(
                        "PARLEY_DB_USER='" + user + "' with PARLEY_DB_PASSWORD (value hidden) is refused")
                .hasMessageNotContaining("wrong-password-123");
    }

    @Test
    void aConfiguredSecretShorterThan32CharactersStopsTheStart(@TempDir Path dataDirectory) {
        LaunchSettings settings =
                new LaunchSettings(dataDirectory, "jdbc:postgresql://127.0.0.1:1/none", "u", "p", "too-short", 0, null);
        assertThatThrownBy(() -> Parley.start(settings, Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessageContaining("at least 32")
                .hasMessageNotContaining("too-short");
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
