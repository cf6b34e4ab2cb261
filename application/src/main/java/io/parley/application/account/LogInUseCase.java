package io.parley.application.account;

/** Exchanges a username or e-mail and a password for a new session. */
public interface LogInUseCase {
    /** A new session; throws {@code InvalidCredentialsException} in the same time whether the login exists or not. */
    SessionGrant logIn(LogInCommand command);
}
