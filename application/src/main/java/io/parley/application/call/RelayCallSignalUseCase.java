package io.parley.application.call;

/**
 * Passes a signal to its target session, or without a target to every other session of the call, if the sender owns
 * its joined session.
 */
public interface RelayCallSignalUseCase {
    void relay(RelayCallSignalCommand command);
}
