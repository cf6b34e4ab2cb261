package io.parley.adapter.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/** One connection attempt to a PostgreSQL before anything else starts, so a wrong setting is named at once. */
public final class DatabaseProbe {
    private static final int TIMEOUT_SECONDS = 5;

    private DatabaseProbe() {}

    /** Why a connection attempt failed: the server would not let this user in, or it could not be reached at all. */
    public record Failure(boolean loginRefused, String detail) {}

    /** Empty if {@code url} accepts {@code user} with {@code password} within a few seconds, else why not. */
    public static Optional<Failure> check(String url, String user, String password) {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        properties.setProperty("socketTimeout", Integer.toString(TIMEOUT_SECONDS));
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return connection.isValid(TIMEOUT_SECONDS)
                    ? Optional.empty()
                    : Optional.of(new Failure(false, "the connection did not answer"));
        } catch (SQLException e) {
            // 28000 invalid authorization, 28P01 wrong password (PostgreSQL's SQLSTATE class 28)
            boolean loginRefused = e.getSQLState() != null && e.getSQLState().startsWith("28");
            return Optional.of(new Failure(loginRefused, oneLine(e.getMessage())));
        }
    }

    private static String oneLine(String message) {
        return message == null
                ? "no reason given"
                : message.replaceAll("\\s+", " ").strip();
    }
}
