package io.parley.adapter.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Token lifetimes, password-hashing cost and login throttling ({@code parley.security.*}).
 * The Argon2id defaults are OWASP's minimum: 19 MiB, 2 passes, 1 lane. After {@code loginMaxFailures} failed
 * logins for one name from one address, that pair is refused until its {@code loginFailureWindow} has passed
 * (bootstrap hands these two to the login throttle). At most {@code hashingConcurrency} password hashes run at once
 * (default: one per core); a login, registration or password change that finds no free slot within
 * {@code hashingWait} is refused with 429 {@code auth.busy}.
 */
@ConfigurationProperties("parley.security")
public record SecuritySettings(
        @Bindable(defaultValue = "15m") Duration accessTokenTtl,
        @Bindable(defaultValue = "30d") Duration refreshTokenTtl,
        @Bindable(defaultValue = "19456") int argon2MemoryKib,
        @Bindable(defaultValue = "2") int argon2Iterations,
        @Bindable(defaultValue = "1") int argon2Parallelism,
        @Bindable(defaultValue = "5") int loginMaxFailures,
        @Bindable(defaultValue = "15m") Duration loginFailureWindow,
        @Nullable Integer hashingConcurrency,
        @Bindable(defaultValue = "1s") Duration hashingWait) {

    /** Password hashes that may run at once: the setting, or one per core when it is not set. */
    @Override
    public Integer hashingConcurrency() {
        return hashingConcurrency != null
                ? hashingConcurrency
                : Runtime.getRuntime().availableProcessors();
    }
}
