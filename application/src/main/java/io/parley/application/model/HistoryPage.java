package io.parley.application.model;

import io.parley.application.Paging;
import io.parley.domain.DomainException;

/**
 * Which slice of a conversation's history to read. Without cursors: the {@code limit} messages that end
 * {@code offset} messages before the newest. With {@code afterSeq}: the first {@code limit} messages after it.
 * With {@code beforeSeq}: the last {@code limit} messages before it. Always returned oldest first.
 */
public record HistoryPage(int limit, long offset, Long beforeSeq, Long afterSeq) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public HistoryPage {
        Paging.check(limit, MAX_LIMIT, offset);
        if ((beforeSeq != null && beforeSeq < 1) || (afterSeq != null && afterSeq < 0)) {
            throw DomainException.invalid(
                    "request.invalid_cursor", "before_seq must be positive, after_seq not negative");
        }
        if (offset > 0 && (beforeSeq != null || afterSeq != null)) {
            throw DomainException.invalid("request.offset_with_cursor", "use either offset or before_seq/after_seq");
        }
    }

    /** True if the page is read forwards from {@code afterSeq}. */
    public boolean forwards() {
        return afterSeq != null;
    }
}
