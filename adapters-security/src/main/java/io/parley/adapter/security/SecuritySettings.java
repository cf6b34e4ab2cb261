package io.parley.adapter.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * Token lifetimes, password-hashing cost and login throttling ({@code parley.security.*}).
 * The Argon2id defaults are OWASP's minimum: 19 MiB, 2 passes, 1 lane. After {@code loginMaxFailures} failed
 * logins for one name from one address, that pair is refused until its {@code loginFailureWindow} has passed
 * (bootstrap hands these two to the in-process login throttle).
 */
@ConfigurationProperties("parley.security")
public record SecuritySettings(
        @Bindable(defaultValue = "15m") Duration accessTokenTtl,
        @Bindable(defaultValue = "30d") Duration refreshTokenTtl,
        @Bindable(defaultValue = "19456") int argon2MemoryKib,
        @Bindable(defaultValue = "2") int argon2Iterations,
        @Bindable(defaultValue = "1") int argon2Parallelism,
        @Bindable(defaultValue = "5") int loginMaxFailures,
        @Bindable(defaultValue = "15m") Duration loginFailureWindow) {}
