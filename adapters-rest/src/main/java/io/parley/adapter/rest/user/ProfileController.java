package io.parley.adapter.rest.user;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
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
import io.parley.application.media.AvatarOwner;
import io.parley.application.media.IncomingFile;
import io.parley.application.profile.GetProfileQuery;
import io.parley.application.profile.GetProfileUseCase;
import io.parley.application.profile.UpdateProfileCommand;
import io.parley.application.profile.UpdateProfileUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import org.reactivestreams.Publisher;

/** Seed 000's chat profile endpoints under {@code /api/v1/user}. */
@Controller("/api/v1/user")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class ProfileController {
    private final GetProfileUseCase profiles;
    private final UpdateProfileUseCase updates;
    private final UserMapper mapper;
    private final JsonMapper json;
    private final PhotoPart photos;

    public ProfileController(
            GetProfileUseCase profiles,
            UpdateProfileUseCase updates,
            UserMapper mapper,
            JsonMapper json,
            PhotoPart photos) {
        this.profiles = profiles;
        this.updates = updates;
        this.mapper = mapper;
        this.json = json;
        this.photos = photos;
    }

    /**
     * Seed 000's multipart form: a {@code json} field and an optional {@code photo} file, which becomes the user's
     * newest picture; a refused photo changes nothing, and if the profile is refused, the picture is not kept.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<ProfileSavedResponse> saveFromForm(@Body MultipartBody body, Authentication authentication) {
        return photos.collectForm(body).map(form -> {
            ProfileRequest request = JsonPart.read(
                    json, form.json(), ProfileRequest.class, "a JSON object with username, name or description");
            IncomingFile picture = photos.checked(form.photos());
            return picture == null ? save(request, authentication) : save(request, picture, authentication);
        });
    }

    private ProfileSavedResponse save(ProfileRequest request, IncomingFile picture, Authentication authentication) {
        UserId me = Caller.of(authentication).user();
        String stored = photos.store(picture, me, AvatarOwner.user(me.value()));
        try {
            return save(request, authentication);
        } catch (RuntimeException refused) {
            photos.forget(stored, me, AvatarOwner.user(me.value()));
            throw refused;
        }
    }

    /** The same as the multipart form, for clients that send plain JSON. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    public ProfileSavedResponse saveFromJson(@Body ProfileRequest body, Authentication authentication) {
        return save(body, authentication);
    }

    @Put(consumes = MediaType.APPLICATION_JSON)
    public ProfileSavedResponse update(@Body ProfileRequest body, Authentication authentication) {
        if (body.username() != null) {
            throw DomainException.invalid(
                    "user.username_not_editable_here",
                    "PUT changes name and description only; change the username with POST /api/v1/user");
        }
        return save(body, authentication);
    }

    @Get
    public AccountResponse mine(Authentication authentication) {
        return mapper.toAccount(
                profiles.get(new GetProfileQuery(Caller.of(authentication).user())));
    }

    @Get("/{id}")
    public UserResponse byId(@PathVariable long id) {
        return mapper.toPublic(profiles.get(new GetProfileQuery(UserId.of(id))));
    }

    private ProfileSavedResponse save(ProfileRequest body, Authentication authentication) {
        UpdateProfileCommand command = new UpdateProfileCommand(
                Caller.of(authentication).user(), body.username(), body.name(), body.description());
        return ProfileSavedResponse.ok(mapper.toAccount(updates.update(command)));
    }
}
