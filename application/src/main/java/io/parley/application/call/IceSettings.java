package io.parley.application.call;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The ICE servers an operator configured: STUN URLs, TURN URLs, and the TURN server's shared secret (coturn's
 * {@code static-auth-secret}; null: the TURN URLs are handed out without credentials), and how long minted TURN
 * credentials live.
 */
public record IceSettings(List<String> stunUrls, List<String> turnUrls, String turnSecret, Duration ttl) {
    /** Blank entries (an empty environment variable) are dropped; a URL of the wrong scheme stops the start. */
    public IceSettings {
        stunUrls = urls(stunUrls, "stun:", "stuns:");
        turnUrls = urls(turnUrls, "turn:", "turns:");
        turnSecret = turnSecret == null || turnSecret.isBlank() ? null : turnSecret;
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("parley.calls.credential-ttl must be positive, not " + ttl);
        }
    }

    private static List<String> urls(List<String> configured, String... schemes) {
        if (configured == null) {
            return List.of();
        }
        List<String> urls = configured.stream()
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .toList();
        for (String url : urls) {
            if (Arrays.stream(schemes).noneMatch(url::startsWith)) {
                throw new IllegalArgumentException(
                        "ICE server URL " + url + " must start with " + String.join(" or ", schemes));
            }
        }
        return urls;
    }
}
