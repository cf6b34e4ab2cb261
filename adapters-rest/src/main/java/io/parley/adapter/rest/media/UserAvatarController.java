package io.parley.adapter.rest.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.rest.StatusResponse;
import io.parley.application.media.AvatarOwner;
import io.parley.application.media.AvatarQuery;
import io.parley.application.media.DeleteAvatarUseCase;
import io.parley.application.media.ListAvatarsUseCase;
import io.parley.application.media.OpenAvatarUseCase;
import io.parley.application.media.UploadAvatarCommand;
import io.parley.application.media.UploadAvatarUseCase;
import io.parley.domain.user.UserId;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Users' pictures (seed 000): upload, list, read and delete one's own under {@code /api/v1/user/avatar}; list and read
 * anyone's under {@code /api/v1/user/{id}/avatar}. Names are the stored names the upload answered with.
 */
@Controller("/api/v1/user")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class UserAvatarController {
    private final MultipartUploads uploads;
    private final UploadAvatarUseCase upload;
    private final ListAvatarsUseCase list;
    private final OpenAvatarUseCase open;
    private final DeleteAvatarUseCase delete;

    UserAvatarController(
            MultipartUploads uploads,
            UploadAvatarUseCase upload,
            ListAvatarsUseCase list,
            OpenAvatarUseCase open,
            DeleteAvatarUseCase delete) {
        this.uploads = uploads;
        this.upload = upload;
        this.list = list;
        this.open = open;
        this.delete = delete;
    }

    @Post(uri = "/avatar", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<UrlResponse>> upload(@Body MultipartBody body, Authentication auth) {
        UserId me = Caller.of(auth).user();
        return uploads.receive(
                me,
                () -> {},
                body,
                files -> HttpResponse.ok(new UrlResponse(upload.upload(
                        new UploadAvatarCommand(me, AvatarOwner.user(me.value()), AvatarResponses.single(files))))));
    }

    @Get("/avatar/urls")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public List<String> mine(Authentication auth) {
        UserId me = Caller.of(auth).user();
        return list.list(new AvatarQuery(me, AvatarOwner.user(me.value()), null));
    }

    @Get("/avatar/{name}{?thumb}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> myPicture(
            String name,
            @Nullable String thumb,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        UserId me = Caller.of(auth).user();
        return MediaResponses.serve(
                open.open(new AvatarQuery(me, AvatarOwner.user(me.value()), name, MediaResponses.wantsPreview(thumb))),
                range,
                ifNoneMatch);
    }

    @Delete("/avatar/{name}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public StatusResponse deleteMine(String name, Authentication auth) {
        UserId me = Caller.of(auth).user();
        delete.delete(new AvatarQuery(me, AvatarOwner.user(me.value()), name));
        return StatusResponse.OK;
    }

    @Get("/{id}/avatar/urls")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public List<String> theirs(long id, Authentication auth) {
        return list.list(new AvatarQuery(Caller.of(auth).user(), AvatarOwner.user(id), null));
    }

    @Get("/{id}/avatar/{name}{?thumb}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> theirPicture(
            long id,
            String name,
            @Nullable String thumb,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return MediaResponses.serve(
                open.open(new AvatarQuery(
                        Caller.of(auth).user(), AvatarOwner.user(id), name, MediaResponses.wantsPreview(thumb))),
                range,
                ifNoneMatch);
    }
}
