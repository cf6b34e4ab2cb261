package io.parley.application.account;

/** Rotates a session's refresh token. */
public interface RefreshSessionUseCase {
    /** New tokens for the same session; the presented token stops working. A token shown twice revokes its session. */
    TokenPair refresh(RefreshSessionCommand command);
}
