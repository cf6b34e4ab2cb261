package io.parley.adapter.rest.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.chat.ListChatsQuery;
import io.parley.application.chat.ListChatsUseCase;
import io.parley.domain.DomainException;

/**
 * The chat list: {@code GET /api/v1/chats?limit=&offset=&q=&cursor=&archived=}; the chats the caller archived are
 * listed only with {@code archived=true}, the others without it (or with {@code archived=false}).
 */
@Controller("/api/v1/chats")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ChatListController {
    private final ListChatsUseCase chats;

    public ChatListController(ListChatsUseCase chats) {
        this.chats = chats;
    }

    @Get
    public RoomsResponse list(
            @Nullable @QueryValue String q,
            @QueryValue(defaultValue = "" + ListChatsQuery.DEFAULT_LIMIT) int limit,
            @QueryValue(defaultValue = "0") long offset,
            @Nullable @QueryValue String cursor,
            @Nullable @QueryValue String archived,
            Authentication caller) {
        ListChatsQuery query = new ListChatsQuery(
                Caller.of(caller).user(), q, limit, offset, ChatListCursor.decode(cursor), archived(archived));
        return RoomsResponse.of(chats.list(query), query.limit(), query.offset());
    }

    /** Exactly {@code true} or {@code false}; anything else is refused rather than taken for either. */
    private static boolean archived(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw DomainException.invalid("request.invalid_query", "archived must be true or false");
    }
}
