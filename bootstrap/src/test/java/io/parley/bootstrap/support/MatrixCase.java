package io.parley.bootstrap.support;

/** One cell of the authorization matrix: {@code role} calls {@code endpoint} and must get this status and error. */
public record MatrixCase(Endpoint endpoint, String role, int status, String error) {

    /** Builds a cell from an expectation written as {@code "200"} or {@code "403 group.not_owner"}. */
    public static MatrixCase of(Endpoint endpoint, String role, String expected) {
        String[] parts = expected.split(" ", 2);
        return new MatrixCase(endpoint, role, Integer.parseInt(parts[0]), parts.length > 1 ? parts[1] : null);
    }

    public boolean allowed() {
        return status < 300;
    }

    /** An allowed call that changes state cannot share its fixture with other cases. */
    public boolean needsFreshFixture() {
        return allowed() && endpoint.effect() != Effect.NONE;
    }

    @Override
    public String toString() {
        return role + ": " + endpoint.label() + " -> " + status + (error == null ? "" : " " + error);
    }

    /** What an allowed call does to the conversation's state. */
    public enum Effect {
        /** reads only: the state must be the same afterwards */
        NONE,
        /** an allowed call must leave a visible change */
        CHANGES,
        /** may or may not change something visible (a read pointer that is already there stays) */
        ANY
    }

    /** An endpoint with the request it sends for a fixture. */
    public record Endpoint(String label, Effect effect, Call call) {
        public Api.Reply call(Api api, MatrixCaseFixture fixture, String token) {
            return call.call(api, fixture, token);
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** Sends one request for {@code fixture} with {@code token} (null: no Authorization header). */
    @FunctionalInterface
    public interface Call {
        Api.Reply call(Api api, MatrixCaseFixture fixture, String token);
    }
}
