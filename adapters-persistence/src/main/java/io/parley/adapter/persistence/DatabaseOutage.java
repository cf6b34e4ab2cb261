package io.parley.adapter.persistence;

import io.micronaut.data.connection.exceptions.ConnectionException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/**
 * Recognises the database being unreachable anywhere in an exception's causes: no pooled connection within the
 * acquisition timeout, a connection refused, lost or closed under the caller (SQLSTATE class 08, Micronaut Data's
 * {@code ConnectionException}), no answer within the socket timeout, or the
 * server shutting down (57P01–57P03). Such a failure changed nothing the caller was told about; a retry may succeed.
 */
public final class DatabaseOutage {
    private DatabaseOutage() {}

    /** Whether {@code error} was caused by the database being unreachable rather than by what was asked of it. */
    public static boolean causedBy(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof ConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && unreachable(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unreachable(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("57P"));
    }
}
