package io.parley.domain.search;

import io.parley.domain.DomainException;
import io.parley.domain.Text;
import java.util.Arrays;
import java.util.List;

/** What a user searches messages for: 1 to {@code maxLength} characters after trimming, no control characters. */
public record SearchText(String value) {
    public SearchText {
        if (value == null || value.isEmpty()) {
            throw DomainException.invalid("search.empty_query", "q must name what to search for");
        }
        if (Text.hasControlCharacters(value)) {
            throw DomainException.invalid("search.invalid_query", "q must not contain control characters");
        }
    }

    /** The trimmed query; longer than {@code maxLength} code points is refused (400), not cut. */
    public static SearchText of(String raw, int maxLength) {
        String trimmed = raw == null ? null : raw.strip();
        if (trimmed != null && Text.length(trimmed) > maxLength) {
            throw DomainException.invalid("search.query_too_long", "q must be at most " + maxLength + " characters");
        }
        return new SearchText(trimmed);
    }

    /** The query's words, split at white space, for whole-word matching and highlighting. */
    public List<String> words() {
        return Arrays.stream(value.split("\\s+")).filter(w -> !w.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return value;
    }
}
