package io.parley.application.message;

import io.parley.application.Paging;
import io.parley.application.model.HistoryPage;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;

/** A member opens a conversation's feed: the {@code limit} messages ending {@code offset} before the newest. */
public record RecentHistoryQuery(UserId actor, ChatAddress chat, int limit, long offset) {
    public static final int DEFAULT_LIMIT = 100;

    public RecentHistoryQuery {
        Paging.check(limit, HistoryPage.MAX_LIMIT, offset);
    }
}
