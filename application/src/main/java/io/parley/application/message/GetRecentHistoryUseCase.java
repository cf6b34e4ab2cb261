package io.parley.application.message;

/** Gives a member joining a conversation's live feed its recent history and the cursor the feed continues from. */
public interface GetRecentHistoryUseCase {
    RecentHistory recent(RecentHistoryQuery query);
}
