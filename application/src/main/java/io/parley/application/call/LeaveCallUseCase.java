package io.parley.application.call;

/** Takes a session out of a call; the last one out ends it for everyone to see. Leaving twice is harmless. */
public interface LeaveCallUseCase {
    void leave(LeaveCallCommand command);
}
