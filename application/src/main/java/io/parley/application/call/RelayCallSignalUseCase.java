package io.parley.application.call;

/** Passes a signal to exactly its target session, if both are in the call and the sender owns its session. */
public interface RelayCallSignalUseCase {
    void relay(RelayCallSignalCommand command);
}
