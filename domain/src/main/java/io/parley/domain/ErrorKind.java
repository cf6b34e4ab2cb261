package io.parley.domain;

/** The kinds of rejection a rule can raise; each adapter maps a kind to its own wire status. */
public enum ErrorKind {
    INVALID,
    UNAUTHENTICATED,
    FORBIDDEN,
    NOT_FOUND,
    CONFLICT,
    TOO_LARGE,
    UNSUPPORTED,
    RATE_LIMITED,
    /** A service the action needs (the database, Redis) does not answer now; trying again later may succeed. */
    UNAVAILABLE
}
