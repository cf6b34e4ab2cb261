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
import io.parley.domain.media.MediaNotFoundException;
import io.parley.domain.user.UserId;
import org.reactivestreams.Publisher;

/**
 * A group's picture (seed 000): the owner uploads ({@code POST /api/v1/group/{id}/avatar}) and deletes; members get
 * the latest name ({@code GET …/avatar/url}) and read any by name; outsiders get 404.
 */
@Controller("/api/v1/group/{id}/avatar")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class GroupAvatarController {
    private final MultipartUploads uploads;
    private final UploadAvatarUseCase upload;
    private final ListAvatarsUseCase list;
    private final OpenAvatarUseCase open;
    private final DeleteAvatarUseCase delete;

    GroupAvatarController(
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

    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<UrlResponse>> upload(long id, @Body MultipartBody body, Authentication auth) {
        UserId me = Caller.of(auth).user();
        return uploads.receive(
                me,
                () -> {},
                body,
                files -> HttpResponse.ok(new UrlResponse(upload.upload(
                        new UploadAvatarCommand(me, AvatarOwner.group(id), AvatarResponses.single(files))))));
    }

    @Get("/url")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public UrlResponse latest(long id, Authentication auth) {
        return list.list(new AvatarQuery(Caller.of(auth).user(), AvatarOwner.group(id), null)).stream()
                .findFirst()
                .map(UrlResponse::new)
                .orElseThrow(MediaNotFoundException::new);
    }

    @Get("/{name}{?thumb}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> picture(
            long id,
            String name,
            @Nullable String thumb,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return MediaResponses.serve(
                open.open(new AvatarQuery(
                        Caller.of(auth).user(), AvatarOwner.group(id), name, MediaResponses.wantsPreview(thumb))),
                range,
                ifNoneMatch);
    }

    @Delete("/{name}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public StatusResponse remove(long id, String name, Authentication auth) {
        delete.delete(new AvatarQuery(Caller.of(auth).user(), AvatarOwner.group(id), name));
        return StatusResponse.OK;
    }
}
