package io.parley.application.account;

/** Ends the caller's current session. */
public interface LogOutUseCase {
    /** Revokes the session: its refresh tokens and its access tokens stop working. Idempotent. */
    void logOut(LogOutCommand command);
}
