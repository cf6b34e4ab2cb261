package io.parley.adapter.rest.media;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file of {@code size} bytes, from an HTTP {@code Range} header ({@code bytes=0-99},
 * {@code bytes=100-}, {@code bytes=-500}). A header Parley does not serve as a range (several ranges, another unit,
 * bad syntax) is ignored and the whole file is sent, as RFC 9110 allows.
 */
record ByteRange(long start, long end) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    long length() {
        return end - start + 1;
    }

    /** What the header asks for: a range, nothing (serve the whole file), or {@link Unsatisfiable}. */
    static Optional<ByteRange> parse(String header, long size) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher match = SINGLE.matcher(header.strip());
        if (!match.matches() || (match.group(1).isEmpty() && match.group(2).isEmpty())) {
            return Optional.empty();
        }
        if (match.group(1).isEmpty()) {
            long suffix = digits(match.group(2));
            if (suffix == 0 || size == 0) {
                throw new Unsatisfiable();
            }
            return Optional.of(new ByteRange(Math.max(0, size - suffix), size - 1));
        }
        long start = digits(match.group(1));
        long end = match.group(2).isEmpty() ? size - 1 : Math.min(digits(match.group(2)), size - 1);
        if (start >= size || end < start) {
            throw new Unsatisfiable();
        }
        return Optional.of(new ByteRange(start, end));
    }

    /** The number the digits spell, or {@link Long#MAX_VALUE} past it: no file is that large, so it means "beyond". */
    private static long digits(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException beyondLong) {
            return Long.MAX_VALUE;
        }
    }

    /** The range lies outside the file: 416. */
    static final class Unsatisfiable extends RuntimeException {
        Unsatisfiable() {
            super("range not satisfiable", null, false, false);
        }
    }
}
