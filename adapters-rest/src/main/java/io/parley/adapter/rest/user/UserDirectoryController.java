package io.parley.adapter.rest.user;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.parley.application.profile.SearchUsersQuery;
import io.parley.application.profile.SearchUsersUseCase;

/** The user directory: {@code GET /api/v1/users?q=&limit=&offset=}. */
@Controller("/api/v1/users")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class UserDirectoryController {
    private final SearchUsersUseCase search;
    private final UserMapper mapper;

    public UserDirectoryController(SearchUsersUseCase search, UserMapper mapper) {
        this.search = search;
        this.mapper = mapper;
    }

    @Get
    public UserListResponse search(
            @Nullable @QueryValue String q,
            @QueryValue(defaultValue = "20") int limit,
            @QueryValue(defaultValue = "0") long offset) {
        SearchUsersQuery query = new SearchUsersQuery(q, limit, offset);
        return new UserListResponse(
                search.search(query).stream().map(mapper::toPublic).toList(), query.limit(), query.offset());
    }
}
