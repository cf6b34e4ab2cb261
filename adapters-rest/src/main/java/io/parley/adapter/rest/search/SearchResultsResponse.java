package io.parley.adapter.rest.search;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.message.MessageResponse;
import io.parley.application.search.FoundMessage;
import io.parley.application.search.SearchResults;
import io.parley.domain.search.Highlight;
import java.util.List;

/**
 * A page of matches, newest first: each message in the history's shape with the stretches of its {@code text} that
 * matched; {@code next_cursor} fetches the next page, null on the last.
 */
@Serdeable
public record SearchResultsResponse(List<Hit> results, String nextCursor) {
    static SearchResultsResponse of(SearchResults results) {
        return new SearchResultsResponse(
                results.messages().stream().map(Hit::of).toList(), SearchCursor.encode(results.nextBeforeId()));
    }

    /** One match. */
    @Serdeable
    public record Hit(MessageResponse message, List<Range> highlights) {
        static Hit of(FoundMessage found) {
            return new Hit(
                    MessageResponse.of(found.message()),
                    found.highlights().stream().map(Range::of).toList());
        }
    }

    /** {@code [start, end)} in UTF-16 code units of the message's text (JavaScript string indices). */
    @Serdeable
    public record Range(int start, int end) {
        static Range of(Highlight highlight) {
            return new Range(highlight.start(), highlight.end());
        }
    }
}
