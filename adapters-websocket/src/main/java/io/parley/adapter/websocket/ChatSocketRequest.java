package io.parley.adapter.websocket;

import io.micronaut.core.convert.value.ConvertibleMultiValues;
import io.parley.application.message.RecentHistoryQuery;
import io.parley.domain.DomainException;
import java.util.Optional;

/**
 * The query of a chat socket's upgrade: {@code limit} (default 100, at most 200) and {@code offset} of the history
 * sent on connect, or {@code since}, the change cursor to resume after (then no history is sent).
 */
record ChatSocketRequest(int limit, long offset, Long since) {

    static ChatSocketRequest of(ConvertibleMultiValues<String> query) {
        int limit = (int) number(query, "limit", RecentHistoryQuery.DEFAULT_LIMIT, 1, 200);
        long offset = number(query, "offset", 0, 0, Long.MAX_VALUE);
        Optional<String> since = query.getFirst("since");
        return new ChatSocketRequest(
                limit, offset, since.isPresent() ? number(query, "since", 0, 0, Long.MAX_VALUE) : null);
    }

    private static long number(ConvertibleMultiValues<String> query, String name, long fallback, long min, long max) {
        Optional<String> raw = query.getFirst(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(raw.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // answered below like an out-of-range number
        }
        throw DomainException.invalid(
                "request.invalid_" + name,
                name + " must be a whole number from " + min + (max == Long.MAX_VALUE ? " up" : " to " + max));
    }
}
