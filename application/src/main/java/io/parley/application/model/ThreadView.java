package io.parley.application.model;

import io.parley.domain.message.ThreadPlace;

/**
 * What a message view says about threads: for a reply in a thread its root ({@code rootId}) and number
 * ({@code threadSeq}); for a root with live replies its {@code summary}. Null in a view of a message in no thread.
 */
public record ThreadView(Long rootId, Long threadSeq, ThreadSummaryView summary) {
    /** The view of a reply at {@code place}. */
    public static ThreadView of(ThreadPlace place) {
        return place == null ? null : new ThreadView(place.root().value(), place.threadSeq(), null);
    }

    /** The view of a root summarised as {@code summary} (null: no live replies, so no view). */
    public static ThreadView root(ThreadSummaryView summary) {
        return summary == null ? null : new ThreadView(null, null, summary);
    }
}
