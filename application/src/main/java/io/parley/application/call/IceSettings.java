package io.parley.application.call;

import java.time.Duration;
import java.util.List;

/**
 * The ICE servers an operator configured: STUN URLs, TURN URLs, and the TURN server's shared secret (coturn's
 * {@code static-auth-secret}; null: the TURN URLs are handed out without credentials), and how long minted TURN
 * credentials live.
 */
public record IceSettings(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration ttl) {
    public IceSettings {
        stunUrls = stunUrls == null ? List.of() : List.copyOf(stunUrls);
        turnUrls = turnUrls == null ? List.of() : List.copyOf(turnUrls);
        turnSecret = turnSecret == null || turnSecret.isBlank() ? null : turnSecret;
    }
}
