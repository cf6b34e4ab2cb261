package io.parley.bootstrap;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.server.EmbeddedServer;
import io.parley.adapter.persistence.embedded.EmbeddedDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A running Parley server together with the embedded database it started, if any; closing stops both. */
public final class Parley implements AutoCloseable {
    private final ApplicationContext context;
    private final EmbeddedDatabase embeddedDatabase;

    private Parley(ApplicationContext context, EmbeddedDatabase embeddedDatabase) {
        this.context = context;
        this.embeddedDatabase = embeddedDatabase;
    }

    /** Starts a server; {@code overrides} are configuration properties that win over the settings (tests use them). */
    public static Parley start(LaunchSettings settings, Map<String, Object> overrides, String... args) {
        createDirectory(settings.dataDirectory().toFile());
        String jwtSecret = JwtSecret.resolve(settings.jwtSecret(), settings.dataDirectory());
        EmbeddedDatabase embedded = settings.usesEmbeddedDatabase()
                ? EmbeddedDatabase.start(
                        settings.dataDirectory().resolve("postgres").toFile(), settings.embeddedDatabasePort())
                : null;
        Map<String, Object> properties = new HashMap<>();
        properties.put(
                "datasources.default.url",
                embedded != null ? embedded.jdbcUrl(EmbeddedDatabase.DATABASE) : settings.databaseUrl());
        properties.put(
                "datasources.default.username", embedded != null ? EmbeddedDatabase.USER : settings.databaseUser());
        properties.put("datasources.default.password", embedded != null ? "" : settings.databasePassword());
        properties.put("micronaut.security.token.jwt.signatures.secret.generator.secret", jwtSecret);
        // media lives under the data directory unless PARLEY_MEDIA_ROOT says otherwise
        properties.put(
                "parley.data-dir", settings.dataDirectory().toAbsolutePath().toString());
        if (settings.redisUrl() != null) {
            // several nodes: events and presence go through Redis (see the README)
            properties.put("redis.uri", settings.redisUrl());
        }
        properties.putAll(overrides);
        try {
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

    /** Where the HTTP server listens, e.g. {@code http://localhost:8080}. */
    public URI uri() {
        return context.getBean(EmbeddedServer.class).getURI();
    }

    public ApplicationContext context() {
        return context;
    }

    public Optional<EmbeddedDatabase> embeddedDatabase() {
        return Optional.ofNullable(embeddedDatabase);
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            if (embeddedDatabase != null) {
                embeddedDatabase.close();
            }
        }
    }

    private static void createDirectory(File directory) {
        try {
            Files.createDirectories(directory.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the data directory " + directory, e);
        }
    }
}
