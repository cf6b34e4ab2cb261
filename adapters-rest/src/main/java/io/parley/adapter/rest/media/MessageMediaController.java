package io.parley.adapter.rest.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
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
import io.parley.adapter.wire.MediaUrls;
import io.parley.application.media.OpenMediaQuery;
import io.parley.application.media.OpenMediaUseCase;
import io.parley.application.media.UploadTarget;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.media.MediaKind;
import io.parley.domain.media.MediaNotFoundException;
import org.reactivestreams.Publisher;

/**
 * Voice and video messages (seed 000): {@code POST /api/v1/chat|group/{id}/message/audio|video} with one file part
 * ({@code audio} or {@code video}) answers {@code {"url": …}}; {@code GET …/message/audio|video/{name}} streams it.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class MessageMediaController {
    private final MultipartUploads uploads;
    private final OpenMediaUseCase open;

    MessageMediaController(MultipartUploads uploads, OpenMediaUseCase open) {
        this.uploads = uploads;
        this.open = open;
    }

    @Post(uri = "/chat/{id}/message/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<UrlResponse>> toChat(
            long id, String kind, @Body MultipartBody body, Authentication auth) {
        return upload(ChatAddress.privateChat(id), kind, body, auth);
    }

    @Post(uri = "/group/{id}/message/{kind}", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<UrlResponse>> toGroup(
            long id, String kind, @Body MultipartBody body, Authentication auth) {
        return upload(ChatAddress.group(id), kind, body, auth);
    }

    @Get("/chat/{id}/message/{kind}/{name}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> fromChat(
            long id,
            String kind,
            String name,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return MediaResponses.serve(
                open.open(new OpenMediaQuery(Caller.of(auth).user(), ChatAddress.privateChat(id), kindOf(kind), name)),
                range,
                ifNoneMatch);
    }

    @Get("/group/{id}/message/{kind}/{name}")
    @ExecuteOn(TaskExecutors.BLOCKING)
    public MutableHttpResponse<?> fromGroup(
            long id,
            String kind,
            String name,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return MediaResponses.serve(
                open.open(new OpenMediaQuery(Caller.of(auth).user(), ChatAddress.group(id), kindOf(kind), name)),
                range,
                ifNoneMatch);
    }

    private Publisher<HttpResponse<UrlResponse>> upload(
            ChatAddress chat, String kind, MultipartBody body, Authentication auth) {
        UploadTarget target = kindOf(kind) == MediaKind.VOICE ? UploadTarget.VOICE : UploadTarget.VIDEO_NOTE;
        return uploads.stored(chat, target, body, auth)
                .map(views -> HttpResponse.ok(
                        new UrlResponse(MediaUrls.of(views.get(0).ref()))));
    }

    private static MediaKind kindOf(String segment) {
        return switch (segment) {
            case "audio" -> MediaKind.VOICE;
            case "video" -> MediaKind.VIDEO_NOTE;
            default -> throw new MediaNotFoundException();
        };
    }
}
