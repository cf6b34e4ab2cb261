package io.parley.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.adapter.persistence.DatabaseProbe;
import io.parley.adapter.persistence.embedded.EmbeddedDatabase;
import io.parley.adapter.redis.RedisProbe;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A running Parley server together with the embedded database it started, if any; closing stops both. What an
 * operator can fix (a wrong URL, a database or Redis that does not answer, a data directory in use) stops the start
 * with a {@link StartupException} before the server is built.
 */
public final class Parley implements AutoCloseable {
    private final ApplicationContext context;
    private final EmbeddedStore embedded;

    private Parley(ApplicationContext context, EmbeddedStore embedded) {
        this.context = context;
        this.embedded = embedded;
    }

    /** Starts a server; {@code overrides} are configuration properties that win over the settings (tests use them). */
    public static Parley start(LaunchSettings settings, Map<String, Object> overrides, String... args) {
        DataDirectory.create(settings.dataDirectory());
        String jwtSecret = JwtSecret.resolve(settings.jwtSecret(), settings.dataDirectory());
        if (settings.redisUrl() != null) {
            RedisProbe.check(settings.redisUrl()).ifPresent(problem -> {
                throw new StartupException("PARLEY_REDIS_URL='" + Redacted.url(settings.redisUrl()) + "' " + problem
                        + "; expected the URL of a running Redis, e.g. redis://cache:6379");
            });
        }
        if (!settings.usesEmbeddedDatabase()) {
            checkDatabase(settings);
        }
        EmbeddedStore embedded = settings.usesEmbeddedDatabase() ? EmbeddedStore.open(settings) : null;
        try {
            Map<String, Object> properties = new HashMap<>();
            if (embedded != null) {
                EmbeddedDatabase database = embedded.database();
                properties.put("datasources.default.url", database.jdbcUrl(EmbeddedDatabase.DATABASE));
                properties.put("datasources.default.username", EmbeddedDatabase.USER);
                properties.put("datasources.default.password", database.password());
            } else {
                properties.put("datasources.default.url", settings.databaseUrl());
                properties.put("datasources.default.username", settings.databaseUser());
                properties.put("datasources.default.password", settings.databasePassword());
            }
            properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret);
            // media lives under the data directory unless PARLEY_MEDIA_ROOT says otherwise
            properties.put(
                    "parley.data-dir", settings.dataDirectory().toAbsolutePath().toString());
            if (settings.redisUrl() != null) {
                // several nodes: events and presence go through Redis (see the README)
                properties.put("redis.uri", settings.redisUrl());
            }
            properties.putAll(overrides);
            ApplicationContext context = Micronaut.build(args)
                    .mainClass(Application.class)
                    .properties(properties)
                    .start();
            return new Parley(context, embedded);
        } catch (RuntimeException e) {
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    private static void checkDatabase(LaunchSettings settings) {
        DatabaseProbe.check(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword())
                .ifPresent(failure -> {
                    String url = Redacted.url(settings.databaseUrl());
                    throw new StartupException(
                            failure.loginRefused()
                                    ? "PARLEY_DB_USER='" + settings.databaseUser() + "' with PARLEY_DB_PASSWORD (value"
                                            + " hidden) is refused by " + url + " (" + failure.detail() + "); expected"
                                            + " a user and password that database accepts"
                                    : "PARLEY_DB_URL='" + url + "' cannot be used (" + failure.detail() + "); expected"
                                            + " the JDBC URL of a running PostgreSQL database, e.g."
                                            + " jdbc:postgresql://db.example.org:5432/parley");
                });
    }

    /** Where the HTTP server listens, e.g. {@code http://localhost:8080}. */
    public URI uri() {
        return context.getBean(EmbeddedServer.class).getURI();
    }

    public ApplicationContext context() {
        return context;
    }

    public Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(embedded).map(EmbeddedStore::database);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
