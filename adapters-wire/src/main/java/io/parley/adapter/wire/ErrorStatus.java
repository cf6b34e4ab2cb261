package io.parley.adapter.wire;

import io.parley.domain.ErrorKind;

/**
 * The one mapping from a rule's rejection kind to what the wire says: the HTTP status of a REST answer or of a refused
 * socket upgrade, and the {@code kind} an {@code error} frame carries. Exhaustive: a new kind does not compile until it
 * has a status.
 */
public final class ErrorStatus {
    private ErrorStatus() {}

    /** The HTTP status code for a rejection of {@code kind}. */
    public static int httpStatus(ErrorKind kind) {
        return switch (kind) {
            case INVALID -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_LARGE -> 413;
            case UNSUPPORTED -> 415;
            case RATE_LIMITED -> 429;
            case UNAVAILABLE -> 503;
        };
    }

    /** The kind as an {@code error} frame names it: {@code invalid}, {@code not_found}, {@code rate_limited}, … */
    public static String wireName(ErrorKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
