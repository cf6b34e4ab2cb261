package io.parley.application.account;

/** Tells whether an access token's session has been logged out. */
public interface VerifySessionUseCase {
    /** True while the session is open; false once it was logged out, rotated into reuse, or never existed. */
    boolean isActive(VerifySessionQuery query);
}
