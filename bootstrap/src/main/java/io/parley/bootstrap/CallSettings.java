package io.parley.bootstrap;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;
import java.util.List;

/**
 * ICE servers for calls ({@code parley.calls.*}): STUN URLs, TURN URLs and the TURN server's shared secret (coturn's
 * {@code static-auth-secret}; unset: TURN URLs are handed out without credentials), and the lifetime of minted TURN
 * credentials; how long a call session no node keeps alive stays in the roster (multi-node).
 */
@ConfigurationProperties("parley.calls")
public record CallSettings(
        @Nullable List<String> stunUrls,
        @Nullable List<String> turnUrls,
        @Nullable String turnSecret,
        @Bindable(defaultValue = "1h") Duration credentialTtl,
        @Bindable(defaultValue = "45s") Duration sessionExpiry) {}
