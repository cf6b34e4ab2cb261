package io.parley.adapter.persistence.health;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.async.publisher.AsyncSingleResultPublisher;
import io.micronaut.health.HealthStatus;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import javax.sql.DataSource;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's health as {@code /health} shows it: {@code database}, UP with the product and its version, or DOWN.
 * Replaces Micronaut's JDBC indicator, which names each database by its connection URL, and a URL may carry a
 * password; a failure's cause goes to the log, not into the answer.
 */
@Singleton
@Replaces(JdbcIndicator.class)
public final class DatabaseHealthIndicator implements HealthIndicator {
    static final String NAME = "database";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseHealthIndicator.class);
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSource dataSource;
    private final ExecutorService blocking;

    public DatabaseHealthIndicator(
            DataSource dataSource,
            DataSourceResolver resolver,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        // the bean is Micronaut Data's transaction-aware proxy, which needs a surrounding transaction; this needs none
        this.dataSource = resolver.resolve(dataSource);
        this.blocking = blocking;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return new AsyncSingleResultPublisher<>(blocking, this::check);
    }

    private HealthResult check() {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                throw new SQLException("the connection did not answer within " + TIMEOUT_SECONDS + " s");
            }
            DatabaseMetaData about = connection.getMetaData();
            return HealthResult.builder(NAME, HealthStatus.UP)
                    .details(Map.of(
                            "product", about.getDatabaseProductName(),
                            "version", about.getDatabaseProductVersion()))
                    .build();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("health check: the database cannot be reached", e);
            return HealthResult.builder(NAME, HealthStatus.DOWN)
                    .details(Map.of("error", "the database cannot be reached"))
                    .build();
        }
    }
}
