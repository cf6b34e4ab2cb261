package io.parley.application.model;

/** What taking a session out of a call did. */
public enum Departure {
    /** The session was not in the call (never was, or another path took it out first): nothing to announce. */
    NOT_IN_CALL,
    /** The session left; others are still in the call. */
    OTHERS_REMAIN,
    /** The session was the last one: the call ended. */
    CALL_ENDED
}
