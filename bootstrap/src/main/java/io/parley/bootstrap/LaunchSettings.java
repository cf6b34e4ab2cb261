package io.parley.bootstrap;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an operator decides at launch, read from environment variables (see the README's table).
 * A null database URL means "run the embedded PostgreSQL in the data directory"; a null Redis URL means "one node,
 * events fan out in-process".
 */
public record LaunchSettings(
        Path dataDirectory,
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        String jwtSecret,
        int embeddedDatabasePort,
        String redisUrl) {

    /** Settings from {@code PARLEY_*} variables, with the documented defaults. */
    public static LaunchSettings fromEnvironment(Map<String, String> env) {
        return new LaunchSettings(
                Path.of(env.getOrDefault("PARLEY_DATA_DIR", "data")),
                blankToNull(env.get("PARLEY_DB_URL")),
                env.getOrDefault("PARLEY_DB_USER", "postgres"),
                env.getOrDefault("PARLEY_DB_PASSWORD", ""),
                blankToNull(env.get("PARLEY_JWT_SECRET")),
                port(env.getOrDefault("PARLEY_EMBEDDED_DB_PORT", "0")),
                blankToNull(env.get("PARLEY_REDIS_URL")));
    }

    public boolean usesEmbeddedDatabase() {
        return databaseUrl == null;
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value.strip());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException(value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "PARLEY_EMBEDDED_DB_PORT must be a port number (0 = any free port), not '" + value + "'", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
