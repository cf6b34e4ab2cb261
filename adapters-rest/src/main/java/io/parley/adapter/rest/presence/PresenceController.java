package io.parley.adapter.rest.presence;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.user.UserMapper;
import io.parley.application.presence.GetPresenceQuery;
import io.parley.application.presence.GetPresenceUseCase;
import io.parley.application.presence.ListOnlineContactsQuery;
import io.parley.application.presence.ListOnlineContactsUseCase;
import io.parley.application.presence.PresenceView;
import io.parley.domain.user.UserId;

/**
 * Presence over REST: {@code GET /api/v1/user/{id}/presence} for oneself or a contact (anyone else is 404, like a
 * missing user) and {@code GET /api/v1/users/online}, the caller's contacts who are online.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class PresenceController {
    private final GetPresenceUseCase presence;
    private final ListOnlineContactsUseCase online;
    private final UserMapper users;

    public PresenceController(GetPresenceUseCase presence, ListOnlineContactsUseCase online, UserMapper users) {
        this.presence = presence;
        this.online = online;
        this.users = users;
    }

    @Get("/user/{id}/presence")
    public PresenceResponse presence(long id, Authentication authentication) {
        PresenceView view =
                presence.presence(new GetPresenceQuery(Caller.of(authentication).user(), UserId.of(id)));
        return new PresenceResponse(view.userId(), view.online(), view.lastSeen());
    }

    @Get("/users/online")
    public OnlineUsersResponse online(Authentication authentication) {
        return new OnlineUsersResponse(
                online
                        .online(new ListOnlineContactsQuery(
                                Caller.of(authentication).user()))
                        .stream()
                        .map(users::toPublic)
                        .toList());
    }
}
