package io.parley.application.port;

import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHasher {
    /** A fresh salted hash of {@code password}; two calls with the same password give different hashes. */
    PasswordHash hash(NewPassword password);

    /** True when {@code candidate} is the password behind {@code hash}; takes as long as a real check. */
    boolean matches(String candidate, PasswordHash hash);

    /** Spends the time of one {@link #matches} on a dummy hash, so an unknown login costs what a known one does. */
    void matchAgainstDummy(String candidate);
}
