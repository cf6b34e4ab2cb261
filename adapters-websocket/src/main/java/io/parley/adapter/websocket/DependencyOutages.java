package io.parley.adapter.websocket;

/**
 * Tells a failure caused by an unreachable dependency (the database gone or frozen) from a failure of the server's
 * own, so that a frame it broke is answered with {@code service.unavailable} (try again shortly), as REST answers 503,
 * instead of {@code server.error}. The application wires the one that knows its persistence; without one, no failure
 * counts as an outage.
 */
public interface DependencyOutages {
    /** Whether {@code failure} means a dependency could not be reached rather than that the server failed. */
    boolean causedBy(Throwable failure);
}
