package io.parley.application.profile;

import io.parley.application.Paging;
import io.parley.domain.DomainException;
import io.parley.domain.Text;

/** A page of the user directory, filtered by a username or name prefix. */
public record SearchUsersQuery(String prefix, int limit, long offset) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final int MAX_PREFIX = 64;

    public SearchUsersQuery {
        prefix = prefix == null ? "" : prefix.strip();
        if (Text.length(prefix) > MAX_PREFIX || Text.hasControlCharacters(prefix)) {
            throw DomainException.invalid(
                    "request.invalid_query",
                    "q must be at most " + MAX_PREFIX + " characters without control characters");
        }
        Paging.check(limit, MAX_LIMIT, offset);
    }
}
