package io.parley.application.account;

/** Ends all of the caller's sessions on every device. */
public interface LogOutEverywhereUseCase {
    /** Revokes every session of the user. Idempotent. */
    void logOutEverywhere(LogOutEverywhereCommand command);
}
