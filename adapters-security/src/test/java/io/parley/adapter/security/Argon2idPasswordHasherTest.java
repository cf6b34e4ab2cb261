package io.parley.adapter.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.parley.domain.user.NewPassword;
import io.parley.domain.user.PasswordHash;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class Argon2idPasswordHasherTest {
    private final Argon2idPasswordHasher hasher = new Argon2idPasswordHasher(new SecuritySettings(
            Duration.ofMinutes(15),
            Duration.ofDays(30),
            19456,
            2,
            1,
            5,
            Duration.ofMinutes(15),
            null,
            Duration.ofMillis(100)));

    @Test
    void hashesAreSaltedArgon2idPhcStringsThatVerifyOnlyTheRightPassword() {
        PasswordHash first = hasher.hash(new NewPassword("correct horse"));
        PasswordHash second = hasher.hash(new NewPassword("correct horse"));

        assertThat(first.encoded()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse", first)).isTrue();
        assertThat(hasher.matches("correct horse", second)).isTrue();
        assertThat(hasher.matches("correct horsf", first)).isFalse();
    }

    @Test
    void hashesMadeWithOtherParametersStillVerify() {
        Argon2idPasswordHasher cheaper = new Argon2idPasswordHasher(new SecuritySettings(
                Duration.ofMinutes(15),
                Duration.ofDays(30),
                8192,
                1,
                1,
                5,
                Duration.ofMinutes(15),
                null,
                Duration.ofMillis(100)));
        PasswordHash old = cheaper.hash(new NewPassword("correct horse"));
        assertThat(hasher.matches("correct horse", old)).isTrue();
    }
}
