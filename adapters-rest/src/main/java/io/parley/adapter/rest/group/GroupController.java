package io.parley.adapter.rest.group;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.JsonPart;
import io.parley.adapter.rest.PhotoPart;
import io.parley.adapter.rest.chat.MemberResponse;
import io.parley.application.group.CreateGroupCommand;
import io.parley.application.group.CreateGroupUseCase;
import io.parley.application.group.DeleteGroupCommand;
import io.parley.application.group.DeleteGroupUseCase;
import io.parley.application.group.GetGroupQuery;
import io.parley.application.group.GetGroupUseCase;
import io.parley.application.group.GroupDetails;
import io.parley.application.media.AvatarOwner;
import io.parley.application.media.IncomingFile;
import io.parley.application.model.GroupView;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import org.reactivestreams.Publisher;

/** Seed 000's group endpoints that create and read groups; changes to a group are in {@link GroupAdminController}. */
@Controller("/api/v1/group")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class GroupController {
    private final CreateGroupUseCase create;
    private final GetGroupUseCase get;
    private final JsonMapper json;
    private final PhotoPart photos;
    private final DeleteGroupUseCase delete;

    public GroupController(
            CreateGroupUseCase create,
            GetGroupUseCase get,
            JsonMapper json,
            PhotoPart photos,
            DeleteGroupUseCase delete) {
        this.create = create;
        this.get = get;
        this.json = json;
        this.photos = photos;
        this.delete = delete;
    }

    /**
     * Seed 000's multipart form: a {@code json} field and an optional {@code photo}, which becomes the group's
     * picture. The photo's type is checked before the group is created, so a refused photo leaves no group and tells
     * no one; if storing it fails after all, the group is deleted again.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<GroupCreatedResponse> createFromForm(@Body MultipartBody body, Authentication caller) {
        return photos.collectForm(body).map(form -> {
            GroupRequest request = JsonPart.read(
                    json, form.json(), GroupRequest.class, "a JSON object with name, description and users");
            IncomingFile picture = photos.checked(form.photos());
            GroupView created = created(request, caller);
            return GroupCreatedResponse.ok(
                    created,
                    picture == null
                            ? null
                            : store(picture, created, Caller.of(caller).user()));
        });
    }

    /** The same as the form, for clients that send plain JSON. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    public GroupCreatedResponse createFromJson(@Body GroupRequest body, Authentication caller) {
        return GroupCreatedResponse.ok(created(body, caller), null);
    }

    private GroupView created(GroupRequest body, Authentication caller) {
        return create.create(new CreateGroupCommand(
                Caller.of(caller).user(), body.name(), body.description(), UserRefs.ids(body.users(), false)));
    }

    private String store(IncomingFile picture, GroupView created, UserId me) {
        try {
            return photos.store(picture, me, AvatarOwner.group(created.id()));
        } catch (RuntimeException refused) {
            delete.delete(new DeleteGroupCommand(me, ChatId.of(created.id())));
            throw refused;
        }
    }

    @Get("/{id}/info")
    public GroupResponse info(@PathVariable long id, Authentication caller) {
        return GroupResponse.of(details(id, caller).group());
    }

    @Get("/{id}/users")
    public GroupUsersResponse users(@PathVariable long id, Authentication caller) {
        return new GroupUsersResponse(
                details(id, caller).members().stream().map(MemberResponse::of).toList());
    }

    private GroupDetails details(long id, Authentication caller) {
        return get.get(new GetGroupQuery(Caller.of(caller).user(), ChatId.of(id)));
    }
}
