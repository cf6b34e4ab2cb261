package io.parley.application.fake;

import io.parley.application.port.PasswordHasher;
import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;

/** A transparent stand-in for the slow hasher that counts dummy checks. */
public final class PlainPasswordHasher implements PasswordHasher {
    private int dummyChecks;

    @Override
    public PasswordHash hash(NewPassword password) {
        return new PasswordHash("plain:" + password.value());
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        return hash.encoded().equals("plain:" + candidate);
    }

    @Override
    public void matchAgainstDummy(String candidate) {
        dummyChecks++;
    }

    public int dummyChecks() {
        return dummyChecks;
    }
}
