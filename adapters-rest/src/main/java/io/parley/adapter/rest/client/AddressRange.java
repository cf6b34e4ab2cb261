package io.parley.adapter.rest.client;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/** An IPv4 or IPv6 address range in CIDR notation ({@code 10.0.0.0/8}, {@code ::1/128}); a bare address is /32 or /128. */
record AddressRange(byte[] network, int prefixLength) {

    /** Parses {@code text}; throws {@link IllegalArgumentException} naming the setting if it is not a range. */
    static AddressRange parse(String text) {
        String trimmed = text.strip();
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        byte[] bytes = literal(address)
                .orElseThrow(() -> new IllegalArgumentException(
                        "parley.trusted-proxies: not an IP address or CIDR range: '" + text + "'"));
        int bits = bytes.length * 8;
        int prefix;
        try {
            prefix = slash < 0 ? bits : Integer.parseInt(trimmed.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("parley.trusted-proxies: bad prefix length in '" + text + "'", e);
        }
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("parley.trusted-proxies: prefix length out of range in '" + text + "'");
        }
        return new AddressRange(bytes, prefix);
    }

    /** True if {@code address} (an IP literal) lies in this range; false for anything else, names included. */
    boolean contains(String address) {
        return literal(address).filter(this::contains).isPresent();
    }

    private boolean contains(byte[] candidate) {
        if (candidate.length != network.length) {
            return false;
        }
        int full = prefixLength / 8;
        if (!Arrays.equals(candidate, 0, full, network, 0, full)) {
            return false;
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xFF << (8 - rest)) & 0xFF;
        return (candidate[full] & mask) == (network[full] & mask);
    }

    /** The bytes of an IP literal, never a DNS lookup: only digits, dots, colons and hex letters get that far. */
    static Optional<byte[]> literal(String text) {
        if (text == null || text.isEmpty() || !text.chars().allMatch(AddressRange::literalChar)) {
            return Optional.empty();
        }
        if (text.indexOf(':') < 0 && !text.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(text).getAddress());
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    private static boolean literalChar(int c) {
        return c == '.' || c == ':' || Character.digit(c, 16) >= 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AddressRange range
                && range.prefixLength == prefixLength
                && Arrays.equals(range.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefixLength;
    }

    @Override
    public String toString() {
        return Arrays.toString(network) + "/" + prefixLength;
    }
}
