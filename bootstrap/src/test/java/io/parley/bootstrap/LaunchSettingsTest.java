package io.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchSettingsTest {

    @Test
    void withNothingSetParleyUsesTheEmbeddedDatabaseInDotData() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(Map.of());
        assertThat(settings.usesEmbeddedDatabase()).isTrue();
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("data"));
        assertThat(settings.jwtSecret()).isNull();
        assertThat(settings.redisUrl()).as("one node, in-process fan-out").isNull();
    }

    @Test
    void aRedisUrlMakesTheNodeOneOfSeveral() {
        assertThat(LaunchSettings.fromEnvironment(Map.of("PARLEY_REDIS_URL", "redis://cache:6379"))
                        .redisUrl())
                .isEqualTo("redis://cache:6379");
        assertThat(LaunchSettings.fromEnvironment(Map.of("PARLEY_REDIS_URL", " "))
                        .redisUrl())
                .isNull();
    }

    @Test
    void environmentVariablesChooseAnExternalDatabase() {
        LaunchSettings settings = LaunchSettings.fromEnvironment(Map.of(
                "PARLEY_DB_URL",
                "jdbc:postgresql://db/parley",
                "PARLEY_DB_USER",
                "parley",
                "PARLEY_DATA_DIR",
                "/var/lib/parley"));
        assertThat(settings.usesEmbeddedDatabase()).isFalse();
        assertThat(settings.databaseUser()).isEqualTo("parley");
        assertThat(settings.dataDirectory()).isEqualTo(Path.of("/var/lib/parley"));
    }

    @Test
    void aBadPortIsExplainedNotDumped() {
        assertThatThrownBy(() -> LaunchSettings.fromEnvironment(Map.of("PARLEY_EMBEDDED_DB_PORT", "five")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PARLEY_EMBEDDED_DB_PORT");
    }
}
