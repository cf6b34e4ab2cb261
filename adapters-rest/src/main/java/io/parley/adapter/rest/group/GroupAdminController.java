package io.parley.adapter.rest.group;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.StatusResponse;
import io.parley.application.group.AddGroupMembersCommand;
import io.parley.application.group.AddGroupMembersUseCase;
import io.parley.application.group.ChangeGroupRoleCommand;
import io.parley.application.group.ChangeGroupRoleUseCase;
import io.parley.application.group.DeleteGroupCommand;
import io.parley.application.group.DeleteGroupUseCase;
import io.parley.application.group.LeaveGroupCommand;
import io.parley.application.group.LeaveGroupUseCase;
import io.parley.application.group.RemoveGroupMembersCommand;
import io.parley.application.group.RemoveGroupMembersUseCase;
import io.parley.application.group.TransferGroupOwnershipCommand;
import io.parley.application.group.TransferGroupOwnershipUseCase;
import io.parley.application.group.UpdateGroupCommand;
import io.parley.application.group.UpdateGroupUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;

/** Changes to a group: details, members, admins, ownership, leaving and deletion (seed 000 plus its additions). */
@Controller("/api/v1/group")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class GroupAdminController {
    private final UpdateGroupUseCase update;
    private final AddGroupMembersUseCase add;
    private final RemoveGroupMembersUseCase remove;
    private final LeaveGroupUseCase leave;
    private final TransferGroupOwnershipUseCase transfer;
    private final DeleteGroupUseCase delete;
    private final ChangeGroupRoleUseCase roles;

    public GroupAdminController(
            UpdateGroupUseCase update,
            AddGroupMembersUseCase add,
            RemoveGroupMembersUseCase remove,
            LeaveGroupUseCase leave,
            TransferGroupOwnershipUseCase transfer,
            DeleteGroupUseCase delete,
            ChangeGroupRoleUseCase roles) {
        this.roles = roles;
        this.update = update;
        this.add = add;
        this.remove = remove;
        this.leave = leave;
        this.transfer = transfer;
        this.delete = delete;
    }

    @Put("/{id}")
    public GroupSavedResponse update(@PathVariable long id, @Body GroupUpdateRequest body, Authentication caller) {
        return GroupSavedResponse.ok(update.update(
                new UpdateGroupCommand(Caller.of(caller).user(), ChatId.of(id), body.name(), body.description())));
    }

    @Delete("/{id}")
    public StatusResponse delete(@PathVariable long id, Authentication caller) {
        delete.delete(new DeleteGroupCommand(Caller.of(caller).user(), ChatId.of(id)));
        return StatusResponse.OK;
    }

    @Post("/{id}/add")
    public GroupSavedResponse add(@PathVariable long id, @Body UsersRequest body, Authentication caller) {
        return GroupSavedResponse.ok(add.add(
                new AddGroupMembersCommand(Caller.of(caller).user(), ChatId.of(id), UserRefs.ids(body.users(), true))));
    }

    @Delete("/{id}/delete")
    public GroupSavedResponse remove(@PathVariable long id, @Body UsersRequest body, Authentication caller) {
        return GroupSavedResponse.ok(remove.remove(new RemoveGroupMembersCommand(
                Caller.of(caller).user(), ChatId.of(id), UserRefs.ids(body.users(), true))));
    }

    /** Seed 000's first spelling of leaving. */
    @Delete("/{id}/leave")
    public StatusResponse leave(@PathVariable long id, Authentication caller) {
        leave.leave(new LeaveGroupCommand(Caller.of(caller).user(), ChatId.of(id)));
        return StatusResponse.OK;
    }

    /** Seed 000's later spelling of leaving; the same action. */
    @Post("/{id}/exit")
    public StatusResponse exit(@PathVariable long id, Authentication caller) {
        return leave(id, caller);
    }

    @Post("/{id}/owner")
    public GroupSavedResponse transfer(@PathVariable long id, @Body OwnerRequest body, Authentication caller) {
        if (body.userId() == null) {
            throw DomainException.invalid("group.missing_user_id", "name the new owner as user_id");
        }
        return GroupSavedResponse.ok(transfer.transfer(
                new TransferGroupOwnershipCommand(Caller.of(caller).user(), ChatId.of(id), UserId.of(body.userId()))));
    }

    /** The owner makes a member an admin. */
    @Post("/{id}/admins")
    public GroupSavedResponse appoint(@PathVariable long id, @Body OwnerRequest body, Authentication caller) {
        if (body.userId() == null) {
            throw DomainException.invalid("group.missing_user_id", "name the member who becomes admin as user_id");
        }
        return GroupSavedResponse.ok(roles.change(
                new ChangeGroupRoleCommand(Caller.of(caller).user(), ChatId.of(id), UserId.of(body.userId()), true)));
    }

    /** The owner makes an admin a plain member again. */
    @Delete("/{id}/admins/{userId}")
    public GroupSavedResponse dismiss(@PathVariable long id, @PathVariable long userId, Authentication caller) {
        return GroupSavedResponse.ok(roles.change(
                new ChangeGroupRoleCommand(Caller.of(caller).user(), ChatId.of(id), UserId.of(userId), false)));
    }
}
