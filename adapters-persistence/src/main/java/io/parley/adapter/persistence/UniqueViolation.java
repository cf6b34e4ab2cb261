package io.parley.adapter.persistence;

import java.sql.SQLException;
import java.util.Optional;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Recognises PostgreSQL unique-constraint violations (SQLSTATE 23505) anywhere in an exception's causes. */
public final class UniqueViolation {
    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {}

    /** The name of the violated unique constraint or index, if {@code error} was caused by one. */
    public static Optional<String> constraintOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return Optional.of(constraintName(sql));
            }
        }
        return Optional.empty();
    }

    private static String constraintName(SQLException sql) {
        if (sql instanceof PSQLException psql) {
            ServerErrorMessage detail = psql.getServerErrorMessage();
            if (detail != null && detail.getConstraint() != null) {
                return detail.getConstraint();
            }
        }
        return "";
    }
}
