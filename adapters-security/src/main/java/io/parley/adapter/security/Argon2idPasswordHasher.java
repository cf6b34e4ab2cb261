package io.parley.adapter.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import io.parley.application.port.PasswordHasher;
import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;
import jakarta.inject.Singleton;

/**
 * Argon2id (RFC 9106) through Password4j; hashes are PHC strings carrying their own parameters and salt. At most
 * {@code parley.security.hashing-concurrency} hashes run at once; beyond that a call throws 429 {@code auth.busy}.
 */
@Singleton
public final class Argon2idPasswordHasher implements PasswordHasher {
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int VERSION_13 = 19;
    private final Argon2Function argon2;
    private final PasswordHash dummy;
    private final HashingSlots slots;

    public Argon2idPasswordHasher(SecuritySettings settings) {
        this.argon2 = Argon2Function.getInstance(
                settings.argon2MemoryKib(),
                settings.argon2Iterations(),
                settings.argon2Parallelism(),
                HASH_BYTES,
                Argon2.ID,
                VERSION_13);
        this.slots = new HashingSlots(settings.hashingConcurrency(), settings.hashingWait());
        this.dummy = new PasswordHash(Password.hash("dummy-password-for-unknown-logins")
                .addRandomSalt(SALT_BYTES)
                .with(argon2)
                .getResult());
    }

    @Override
    public PasswordHash hash(NewPassword password) {
        return slots.run(() -> new PasswordHash(Password.hash(password.value())
                .addRandomSalt(SALT_BYTES)
                .with(argon2)
                .getResult()));
    }

    @Override
    public boolean matches(String candidate, PasswordHash hash) {
        // Parameters come from the stored hash, so raising the cost later keeps old hashes verifiable.
        return slots.run(() ->
                Password.check(candidate, hash.encoded()).with(Argon2Function.getInstanceFromHash(hash.encoded())));
    }

    @Override
    public void matchAgainstDummy(String candidate) {
        matches(candidate, dummy);
    }
}
