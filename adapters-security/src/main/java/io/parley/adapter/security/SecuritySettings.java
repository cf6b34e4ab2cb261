package io.parley.adapter.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Token lifetimes and password-hashing cost ({@code parley.security.*}).
 * The Argon2id defaults are OWASP's minimum: 19 MiB, 2 passes, 1 lane.
 */
@ConfigurationProperties("parley.security")
public record SecuritySettings(
        @Bindable(defaultValue = "15m") Duration accessTokenTtl,
        @Bindable(defaultValue = "30d") Duration refreshTokenTtl,
        @Bindable(defaultValue = "19456") int argon2MemoryKib,
        @Bindable(defaultValue = "2") int argon2Iterations,
        @Bindable(defaultValue = "1") int argon2Parallelism) {
}
