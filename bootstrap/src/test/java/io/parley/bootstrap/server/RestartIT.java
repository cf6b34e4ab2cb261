package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.LaunchSettings;
import io.parley.bootstrap.Parley;
import io.parley.bootstrap.support.Api;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
    void aConfiguredSecretShorterThan32CharactersStopsTheStart(@TempDir Path dataDirectory) {
        LaunchSettings settings =
                new LaunchSettings(dataDirectory, "jdbc:postgresql://127.0.0.1:1/none", "u", "p", "too-short", 0, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Parley.start(settings, Map.of()))
                .hasMessageContaining("at least 32");
    }
}
