package io.parley.application.message;

/**
 * Thrown inside a transaction to roll it back when a change turned out to change nothing (a reaction already given,
 * a message already pinned): such a change takes no cursor and publishes nothing.
 */
final class NothingChanged extends RuntimeException {
    NothingChanged() {
        super(null, null, false, false);
    }
}
