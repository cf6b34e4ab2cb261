package io.parley.application.call;

/** Takes sessions whose node stopped keeping them alive out of their calls, as if they had left. */
public interface SweepAbandonedCallsUseCase {
    /** Returns how many sessions were taken out. */
    int sweep();
}
