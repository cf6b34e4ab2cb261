package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What an operator may see that users may not ({@code parley.management.*}): with {@code token} set
 * ({@code PARLEY_MANAGEMENT_TOKEN}), a request presenting it in {@code X-Management-Token} sees the components of
 * {@code /health}; unset, nobody does.
 */
@ConfigurationProperties("parley.management")
public record ManagementSettings(@Nullable String token) {
    /** True if {@code presented} is the configured token (compared in constant time); always false when unset. */
    public boolean admits(@Nullable String presented) {
        if (token == null || token.isBlank() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(
                token.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
