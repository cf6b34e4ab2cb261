package io.parley.bootstrap;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HS256 signing secret. Parley ships no default: without {@code PARLEY_JWT_SECRET} it generates one on first
 * start and keeps it in the data directory, so tokens survive a restart.
 */
final class JwtSecret {
    static final String FILE_NAME = "jwt-secret";
    static final int MIN_LENGTH = 32;
    private static final Logger LOG = LoggerFactory.getLogger(JwtSecret.class);

    private JwtSecret() {}

    /** The configured secret if given (at least 32 characters), otherwise the one kept in {@code dataDirectory}. */
    static String resolve(String configured, Path dataDirectory) {
        if (configured != null) {
            SettingRules.jwtSecret().problem(configured).ifPresent(problem -> {
                throw new StartupException(SettingRules.line("PARLEY_JWT_SECRET", configured, true, problem));
            });
            return configured;
        }
        Path file = dataDirectory.resolve(FILE_NAME);
        OwnerOnlySecret.Loaded loaded = OwnerOnlySecret.loadOrCreate(file, MIN_LENGTH, "all tokens become invalid");
        if (loaded.created()) {
            LOG.warn(
                    "No PARLEY_JWT_SECRET configured: generated a new signing secret and stored it in {}. "
                            + "Keep this file (or set PARLEY_JWT_SECRET) so tokens stay valid across restarts.",
                    file);
        }
        return loaded.secret();
    }
}
