package io.parley.adapter.persistence;

import io.micronaut.data.connection.ConnectionDefinition;
import io.micronaut.data.connection.ConnectionOperations;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.data.jdbc.runtime.PreparedStatementCallback;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Plain SQL for queries richer than derived repository methods: on the current transaction's connection, or on a
 * pooled connection of its own (auto-commit) when there is no transaction.
 */
@Singleton
public final class Sql {
    private final JdbcOperations jdbc;
    private final ConnectionOperations<Connection> connections;

    public Sql(JdbcOperations jdbc, ConnectionOperations<Connection> connections) {
        this.jdbc = jdbc;
        this.connections = connections;
    }

    private <R> R prepare(String sql, PreparedStatementCallback<R> work) {
        return connections.execute(ConnectionDefinition.DEFAULT, status -> jdbc.prepareStatement(sql, work));
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    /** Runs an insert, update or delete; returns the number of rows it touched. */
    public int update(String sql, Object... parameters) {
        return prepare(sql, statement -> {
            bind(statement, parameters);
            return statement.executeUpdate();
        });
    }

    /** Runs one statement once per parameter list. */
    public void batch(String sql, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        prepare(sql, statement -> {
            for (Object[] row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return prepare(sql, statement -> {
            bind(statement, parameters);
            List<T> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(mapper.map(rows));
                }
            }
            return result;
        });
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... parameters) {
        List<T> rows = list(sql, mapper, parameters);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    /** A query that answers with exactly one number. */
    public long number(String sql, Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters)
                .orElseThrow(() -> new IllegalStateException("no row from: " + sql));
    }

    /** A bigint array parameter. */
    public Object longs(Collection<Long> values) {
        return new LongArray(values.toArray(Long[]::new));
    }

    /** Makes {@code %}, {@code _} and {@code \} in user input match literally in a LIKE pattern. */
    public static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Reads a {@code timestamptz} column, or null. */
    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Reads a nullable {@code bigint} column. */
    public static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            Object value = parameters[i];
            if (value instanceof Instant instant) {
                statement.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
            } else if (value instanceof LongArray array) {
                Array sqlArray = statement.getConnection().createArrayOf("bigint", array.values());
                statement.setArray(i + 1, sqlArray);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private record LongArray(Long[] values) {}
}
