package io.parley.adapter.rest.group;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.application.group.ChangeGroupVisibilityCommand;
import io.parley.application.group.ChangeGroupVisibilityUseCase;
import io.parley.application.group.JoinPublicGroupCommand;
import io.parley.application.group.JoinPublicGroupUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;

/** Public groups: moderators open or close a group; anyone signed in joins an open one (seed 004's join). */
@Controller("/api/v1/group")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class GroupJoinController {
    private final ChangeGroupVisibilityUseCase visibility;
    private final JoinPublicGroupUseCase join;

    public GroupJoinController(ChangeGroupVisibilityUseCase visibility, JoinPublicGroupUseCase join) {
        this.visibility = visibility;
        this.join = join;
    }

    @Put("/{id}/visibility")
    public GroupSavedResponse visibility(@PathVariable long id, @Body VisibilityRequest body, Authentication caller) {
        if (body.isPublic() == null) {
            throw DomainException.invalid(
                    "group.missing_public", "say whether the group is public as \"public\": true or false");
        }
        return GroupSavedResponse.ok(visibility.change(
                new ChangeGroupVisibilityCommand(Caller.of(caller).user(), ChatId.of(id), body.isPublic())));
    }

    @Post("/{id}/join")
    public GroupSavedResponse join(@PathVariable long id, Authentication caller) {
        return GroupSavedResponse.ok(
                join.join(new JoinPublicGroupCommand(Caller.of(caller).user(), ChatId.of(id))));
    }
}
