package io.parley.application.chat;

import io.parley.application.Paging;
import io.parley.application.model.ChatListPosition;
import io.parley.domain.DomainException;
import io.parley.domain.Text;
import io.parley.domain.user.UserId;

/**
 * A page of the actor's chat list, optionally only chats whose name contains {@code nameContains}: the chats after
 * {@code after} (from the top when null), then skipping {@code offset} of them; only the chats the actor archived
 * ({@code archived}) or only the others (the default list).
 */
public record ListChatsQuery(
        UserId actor, String nameContains, int limit, long offset, ChatListPosition after, boolean archived) {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 200;
    private static final int MAX_QUERY = 128;

    public ListChatsQuery {
        nameContains = nameContains == null ? "" : nameContains.strip();
        if (Text.length(nameContains) > MAX_QUERY || Text.hasControlCharacters(nameContains)) {
            throw DomainException.invalid(
                    "request.invalid_query",
                    "q must be at most " + MAX_QUERY + " characters without control characters");
        }
        Paging.check(limit, MAX_LIMIT, offset);
    }

    /** A page of the chats the actor did not archive. */
    public ListChatsQuery(UserId actor, String nameContains, int limit, long offset, ChatListPosition after) {
        this(actor, nameContains, limit, offset, after, false);
    }

    /** A page from the top of the list. */
    public ListChatsQuery(UserId actor, String nameContains, int limit, long offset) {
        this(actor, nameContains, limit, offset, null);
    }
}
