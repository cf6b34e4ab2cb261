package io.parley.application.account;

/** Tells whether an access token's session has been logged out. */
public interface VerifySessionUseCase {
    /**
     * True while the session is open and belongs to the query's user; false once it was logged out, rotated into
     * reuse, if it never existed, or if it is another user's.
     */
    boolean isActive(VerifySessionQuery query);
}
