package io.parley.adapter.rest.group;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.group.JoinGroupByInviteCommand;
import io.parley.application.group.JoinGroupByInviteUseCase;
import io.parley.application.group.ManageInviteLinksCommand;
import io.parley.application.group.ManageInviteLinksUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Invite links: a group's owner and admins create, list and revoke them; anyone signed in joins through one. */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class InviteController {
    private final ManageInviteLinksUseCase invites;
    private final JoinGroupByInviteUseCase join;

    public InviteController(ManageInviteLinksUseCase invites, JoinGroupByInviteUseCase join) {
        this.invites = invites;
        this.join = join;
    }

    @Post("/group/{id}/invites")
    public HttpResponse<InviteResponse> create(
            @PathVariable long id, @Nullable @Body InviteRequest body, Authentication caller) {
        InviteRequest request = body == null ? new InviteRequest(null, null) : body;
        return HttpResponse.<InviteResponse>status(HttpStatus.CREATED)
                .body(InviteResponse.of(invites.create(ManageInviteLinksCommand.create(
                        Caller.of(caller).user(), ChatId.of(id), time(request.expiresAt()), request.maxUses()))));
    }

    @Get("/group/{id}/invites")
    public InviteListResponse list(@PathVariable long id, Authentication caller) {
        return new InviteListResponse(
                invites
                        .list(ManageInviteLinksCommand.create(Caller.of(caller).user(), ChatId.of(id), null, null))
                        .stream()
                        .map(InviteResponse::of)
                        .toList());
    }

    @Delete("/group/{id}/invites/{token}")
    public InviteResponse revoke(@PathVariable long id, @PathVariable String token, Authentication caller) {
        return InviteResponse.of(
                invites.revoke(ManageInviteLinksCommand.revoke(Caller.of(caller).user(), ChatId.of(id), token)));
    }

    @Post("/invites/{token}/join")
    public GroupSavedResponse join(@PathVariable String token, Authentication caller) {
        return GroupSavedResponse.ok(
                join.join(new JoinGroupByInviteCommand(Caller.of(caller).user(), token)));
    }

    private static Instant time(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid(
                    "invite.invalid_expiry", "expires_at must be an RFC 3339 UTC time such as 2026-12-31T23:59:00Z");
        }
    }
}
