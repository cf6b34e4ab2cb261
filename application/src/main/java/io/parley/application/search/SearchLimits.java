package io.parley.application.search;

/** How long a query and how large a page of results may be (PARLEY_SEARCH_* settings). */
public record SearchLimits(int maxQueryLength, int maxPageSize) {
    /** The page size when a request names none: 20, or the maximum if that is smaller. */
    public int defaultPageSize() {
        return Math.min(20, maxPageSize);
    }

    public SearchLimits {
        if (maxQueryLength < 1 || maxPageSize < 1) {
            throw new IllegalArgumentException("search limits must be at least 1");
        }
    }
}
