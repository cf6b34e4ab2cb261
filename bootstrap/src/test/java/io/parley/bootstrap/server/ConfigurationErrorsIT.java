package io.parley.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.bootstrap.support.ParleyProcess;
import io.parley.bootstrap.support.TestServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar parley.jar} as an operator runs it: an unusable setting stops the start with exit code 2 and one
 * line naming the variable and the expected form, never a stack trace or a secret; {@code --help} and
 * {@code --version} only print.
 */
class ConfigurationErrorsIT {
    private static final Duration EXIT = Duration.ofSeconds(60);

    @Test
    void aMalformedTokenLifetimeStopsTheStartInsteadOfBeingIgnored(@TempDir Path work) {
        String line = refusedWith(work, Map.of("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "banana"));
        assertThat(line)
                .isEqualTo(
                        "Parley cannot start: PARLEY_SECURITY_ACCESS_TOKEN_TTL='banana' is not a duration; expected a"
                                + " duration such as 500ms, 90s, 15m, 2h or 30d");
        assertThat(work.resolve("data")).as("nothing was started").doesNotExist();
    }

    @Test
    void aTooShortJwtSecretIsOneLineThatDoesNotEchoIt(@TempDir Path work) {
        String line = refusedWith(work, Map.of("PARLEY_JWT_SECRET", "hunter2-hunter2"));
        assertThat(line)
                .startsWith(
                        "Parley cannot start: PARLEY_JWT_SECRET (value hidden) has 15 characters; expected at least 32")
                .doesNotContain("hunter2");
    }

    @Test
    void aDatabaseThatCannotBeReachedIsOneLineNamingPARLEY_DB_URL(@TempDir Path work) {
        String line =
                refusedWith(work, Map.of("PARLEY_DB_URL", "jdbc:postgresql://127.0.0.1:1/parley?password=sekrit"));
        assertThat(line)
                .startsWith(
                        "Parley cannot start: PARLEY_DB_URL='jdbc:postgresql://127.0.0.1:1/parley?password=(hidden)'"
                                + " cannot be used (")
                .contains("expected the JDBC URL of a running PostgreSQL")
                .doesNotContain("sekrit");
    }

    @Test
    void aRedisThatCannotBeReachedIsOneLineNamingPARLEY_REDIS_URL(@TempDir Path work) {
        String line = refusedWith(work, Map.of("PARLEY_REDIS_URL", "redis://:sekrit@127.0.0.1:1"));
        assertThat(line)
                .startsWith("Parley cannot start: PARLEY_REDIS_URL='redis://(hidden)@127.0.0.1:1' cannot be reached (")
                .contains("expected the URL of a running Redis")
                .doesNotContain("sekrit");
    }

    @Test
    void helpPrintsTheSettingsTableAndStartsNothing(@TempDir Path work) {
        try (ParleyProcess help = ParleyProcess.launch(work, Map.of(), "--help")) {
            assertThat(help.awaitExit(EXIT)).isZero();
            assertThat(help.output())
                    .contains("Usage: java -jar parley.jar")
                    .contains("PARLEY_SECURITY_ACCESS_TOKEN_TTL  (default: 15m)")
                    .contains("PARLEY_DB_URL  (default: unset)")
                    .doesNotContain("INFO");
        }
        assertThat(work.resolve("data")).doesNotExist();
    }

    @Test
    void versionPrintsTheVersion(@TempDir Path work) {
        try (ParleyProcess version = ParleyProcess.launch(work, Map.of(), "--version")) {
            assertThat(version.awaitExit(EXIT)).isZero();
            assertThat(version.outputLines()).singleElement().asString().matches("Parley \\d+\\.\\d+\\.\\d+.*");
        }
        assertThat(work.resolve("data")).doesNotExist();
    }

    /** Starts Parley with a valid secret plus {@code settings}; asserts it exits with 2 printing one line. */
    private static String refusedWith(Path work, Map<String, String> settings) {
        Map<String, String> env = new HashMap<>();
        env.put("PARLEY_DATA_DIR", work.resolve("data").toString());
        env.put("PARLEY_JWT_SECRET", TestServer.JWT_SECRET);
        env.putAll(settings);
        try (ParleyProcess parley = ParleyProcess.launch(work, env)) {
            assertThat(parley.awaitExit(EXIT)).as(parley.output()).isEqualTo(2);
            List<String> lines = parley.outputLines();
            assertThat(lines).as(parley.output()).hasSize(1);
            return lines.get(0);
        }
    }
}
