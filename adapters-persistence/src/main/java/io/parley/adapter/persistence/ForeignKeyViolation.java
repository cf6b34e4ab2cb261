package io.parley.adapter.persistence;

import java.sql.SQLException;

/** Recognises PostgreSQL foreign-key violations (SQLSTATE 23503) anywhere in an exception's causes. */
public final class ForeignKeyViolation {
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private ForeignKeyViolation() {}

    /** True if {@code error} was caused by a row that refers to one that does not exist (any more). */
    public static boolean in(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
