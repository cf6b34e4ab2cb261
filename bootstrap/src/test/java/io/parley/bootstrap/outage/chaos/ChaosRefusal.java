package io.parley.bootstrap.outage.chaos;

import java.util.Map;
import java.util.Set;

/** An {@code error} frame answering a client's frame. */
final class ChaosRefusal extends Exception {
    private static final Set<String> TRANSIENT_KINDS = Set.of("server", "unavailable", "rate_limited");
    private final transient Map<String, Object> payload;

    ChaosRefusal(Map<String, Object> payload) {
        super(String.valueOf(payload));
        this.payload = payload;
    }

    /** Whether the documented client tries again: the server failed or a dependency was away, or a rate limit. */
    boolean isTransient() {
        return TRANSIENT_KINDS.contains(String.valueOf(payload.get("kind")));
    }

    /** A failure of the server's own ({@code server.error}): retried, but an outage must be told as one instead. */
    boolean isServerFailure() {
        return "server".equals(payload.get("kind"));
    }

    long retryAfterMillis() {
        return payload.get("retry_after_ms") instanceof Number wait ? wait.longValue() : 250;
    }
}
