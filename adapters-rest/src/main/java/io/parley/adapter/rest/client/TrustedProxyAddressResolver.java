package io.parley.adapter.rest.client;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.DefaultHttpClientAddressResolver;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The client address every limit and throttle counts by. Micronaut's default believes {@code Forwarded} and
 * {@code X-Forwarded-For} from anyone, so a client could name a new address on every attempt; this one reads them only
 * when the TCP peer is a trusted proxy, and then takes the rightmost hop that is not itself a trusted proxy (the hop a
 * trusted proxy saw), so entries a client prepends count for nothing.
 */
@Singleton
@Replaces(DefaultHttpClientAddressResolver.class)
public final class TrustedProxyAddressResolver implements HttpClientAddressResolver {
    private static final String X_FORWARDED_FOR = "X-Forwarded-For";
    private final List<AddressRange> trusted;

    public TrustedProxyAddressResolver(TrustedProxySettings settings) {
        this.trusted = settings.ranges();
    }

    @Override
    @SuppressWarnings("rawtypes")
    public String resolve(HttpRequest request) {
        HttpRequest<?> typed = request;
        String peer = peer(typed);
        if (!isTrusted(peer)) {
            return peer;
        }
        List<String> hops = hops(typed);
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return hops.isEmpty() ? peer : hops.get(0);
    }

    private boolean isTrusted(String address) {
        return trusted.stream().anyMatch(range -> range.contains(address));
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** The forwarded-for hops, client first: from {@code Forwarded} if present, else {@code X-Forwarded-For}. */
    private static List<String> hops(HttpRequest<?> request) {
        List<String> hops = new ArrayList<>();
        List<String> forwarded = request.getHeaders().getAll(HttpHeaders.FORWARDED);
        if (!forwarded.isEmpty()) {
            for (String header : forwarded) {
                for (String element : header.split(",")) {
                    for (String pair : element.split(";")) {
                        int eq = pair.indexOf('=');
                        if (eq > 0
                                && pair.substring(0, eq)
                                        .strip()
                                        .toLowerCase(Locale.ROOT)
                                        .equals("for")) {
                            hops.add(node(pair.substring(eq + 1)));
                        }
                    }
                }
            }
            return hops;
        }
        for (String header : request.getHeaders().getAll(X_FORWARDED_FOR)) {
            for (String hop : header.split(",")) {
                hops.add(node(hop));
            }
        }
        return hops;
    }

    /** An RFC 7239 node without quotes, brackets or port: {@code "[2001:db8::1]:4711"} becomes {@code 2001:db8::1}. */
    private static String node(String raw) {
        String node = raw.strip();
        if (node.length() >= 2 && node.startsWith("\"") && node.endsWith("\"")) {
            node = node.substring(1, node.length() - 1);
        }
        if (node.startsWith("[")) {
            int close = node.indexOf(']');
            return close > 0 ? node.substring(1, close) : node;
        }
        int colon = node.indexOf(':');
        // one colon: IPv4 with a port; more: a bare IPv6 address
        return colon > 0 && node.indexOf(':', colon + 1) < 0 ? node.substring(0, colon) : node;
    }
}
