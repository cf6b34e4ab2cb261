package io.parley.application;

import io.parley.domain.DomainException;

/** The one set of rules for {@code limit} and {@code offset} query parameters. */
public final class Paging {
    private Paging() {}

    /** Refuses a limit outside 1..max or a negative offset with a 400-kind error. */
    public static void check(int limit, int max, long offset) {
        if (limit < 1 || limit > max) {
            throw DomainException.invalid("request.invalid_limit", "limit must be between 1 and " + max);
        }
        if (offset < 0) {
            throw DomainException.invalid("request.invalid_offset", "offset must not be negative");
        }
    }
}
