package io.parley.application.account;

/** Opens an account with its chat profile and logs the newcomer in. */
public interface RegisterAccountUseCase {
    /** Creates the user and a first session; on any rejection nothing is stored. */
    SessionGrant register(RegisterAccountCommand command);
}
