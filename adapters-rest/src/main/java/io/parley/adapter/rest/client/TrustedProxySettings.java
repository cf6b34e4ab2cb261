package io.parley.adapter.rest.client;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The proxies whose forwarding headers Parley believes ({@code parley.trusted-proxies}, env
 * {@code PARLEY_TRUSTED_PROXIES}): a comma-separated list of addresses or CIDR ranges. Empty (the default): no header
 * is believed and the client address is the TCP peer's.
 */
@ConfigurationProperties("parley")
public record TrustedProxySettings(@Nullable List<String> trustedProxies) {
    /** The parsed ranges; fails at startup on a malformed entry. */
    List<AddressRange> ranges() {
        return trustedProxies == null
                ? List.of()
                : trustedProxies.stream()
                        .filter(entry -> !entry.isBlank())
                        .map(AddressRange::parse)
                        .toList();
    }

    /** True if {@code entry} is one address or CIDR range this setting takes. */
    public static boolean isRange(String entry) {
        try {
            AddressRange.parse(entry);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
