package io.parley.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an operator decides at launch, read from environment variables (see the README's table).
 * A null database URL means "run the embedded PostgreSQL in the data directory".
 */
public record LaunchSettings(Path dataDirectory, String databaseUrl, String databaseUser, String databasePassword,
                             String jwtSecret, int embeddedDatabasePort) {

    /** Settings from {@code PARLEY_*} variables, with the documented defaults. */
    public static LaunchSettings fromEnvironment(Map<String, String> env) {
        return new LaunchSettings(
                Path.of(env.getOrDefault("PARLEY_DATA_DIR", "data")),
                blankToNull(env.get("PARLEY_DB_URL")),
                env.getOrDefault("PARLEY_DB_USER", "postgres"),
                env.getOrDefault("PARLEY_DB_PASSWORD", ""),
                blankToNull(env.get("PARLEY_JWT_SECRET")),
                Integer.parseInt(env.getOrDefault("PARLEY_EMBEDDED_DB_PORT", "0")));
    }

    public boolean usesEmbeddedDatabase() {
        return databaseUrl == null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
