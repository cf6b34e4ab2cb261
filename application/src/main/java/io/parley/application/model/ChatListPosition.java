package io.parley.application.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A place in a chat list, which is ordered by last activity, newest first, then by chat id, higher first: the next
 * page holds the chats strictly after it in that order, so new activity (which moves a chat to the top) neither
 * repeats nor skips the chats still to come.
 */
public record ChatListPosition(Instant lastActivityAt, long chatId) {
    public ChatListPosition {
        Objects.requireNonNull(lastActivityAt, "lastActivityAt");
    }

    /** The position just after {@code item}. */
    public static ChatListPosition after(ChatListItem item) {
        return new ChatListPosition(item.lastActivityAt(), item.id());
    }
}
