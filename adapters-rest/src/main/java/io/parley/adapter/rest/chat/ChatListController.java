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

/** The chat list: {@code GET /api/v1/chats?limit=&offset=&q=&cursor=}. */
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
            Authentication caller) {
        ListChatsQuery query =
                new ListChatsQuery(Caller.of(caller).user(), q, limit, offset, ChatListCursor.decode(cursor));
        return RoomsResponse.of(chats.list(query), query.limit(), query.offset());
    }
}
