package io.parley.adapter.rest.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.search.SearchMessagesQuery;
import io.parley.application.search.SearchMessagesUseCase;
import io.parley.domain.chat.ChatAddress;

/** Message search over all of the caller's conversations, or within one private chat or group. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class SearchController {
    private final SearchMessagesUseCase search;

    public SearchController(SearchMessagesUseCase search) {
        this.search = search;
    }

    @Get("/search/messages")
    public SearchResultsResponse everywhere(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue String cursor,
            Authentication caller) {
        return find(null, q, limit, cursor, caller);
    }

    @Get("/chat/{id}/search")
    public SearchResultsResponse inChat(
            @PathVariable long id,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue String cursor,
            Authentication caller) {
        return find(ChatAddress.privateChat(id), q, limit, cursor, caller);
    }

    @Get("/group/{id}/search")
    public SearchResultsResponse inGroup(
            @PathVariable long id,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer limit,
            @Nullable @QueryValue String cursor,
            Authentication caller) {
        return find(ChatAddress.group(id), q, limit, cursor, caller);
    }

    private SearchResultsResponse find(
            ChatAddress chat, String q, Integer limit, String cursor, Authentication caller) {
        Long before = SearchCursor.decode(cursor);
        return SearchResultsResponse.of(
                search.search(new SearchMessagesQuery(Caller.of(caller).user(), chat, q, limit, before)));
    }
}
