package io.parley.adapter.rest.media;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.wire.MediaUrls;
import io.parley.application.media.ListMediaQuery;
import io.parley.application.media.ListMediaUseCase;
import io.parley.application.media.OpenMediaQuery;
import io.parley.application.media.OpenMediaUseCase;
import io.parley.domain.chat.ChatAddress;

/**
 * Seed 000's downloads, {@code GET /api/v1/chat|group/{id}/img|video|audio|file/{name}} with HTTP Range, and the
 * listing {@code GET /api/v1/chat|group/{id}/files}; members only, outsiders get 404 as for a missing chat.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public final class MediaDownloadController {
    private final OpenMediaUseCase open;
    private final ListMediaUseCase list;

    public MediaDownloadController(OpenMediaUseCase open, ListMediaUseCase list) {
        this.open = open;
        this.list = list;
    }

    @Get("/chat/{id}/{kind}/{name}{?thumb}")
    public MutableHttpResponse<?> fromChat(
            long id,
            String kind,
            String name,
            @Nullable String thumb,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return serve(ChatAddress.privateChat(id), kind, name, thumb, range, ifNoneMatch, auth);
    }

    @Get("/group/{id}/{kind}/{name}{?thumb}")
    public MutableHttpResponse<?> fromGroup(
            long id,
            String kind,
            String name,
            @Nullable String thumb,
            @Nullable @Header(HttpHeaders.RANGE) String range,
            @Nullable @Header(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            Authentication auth) {
        return serve(ChatAddress.group(id), kind, name, thumb, range, ifNoneMatch, auth);
    }

    @Get("/chat/{id}/files")
    public MediaListResponse chatFiles(
            long id,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            Authentication auth) {
        return files(ChatAddress.privateChat(id), limit, offset, auth);
    }

    @Get("/group/{id}/files")
    public MediaListResponse groupFiles(
            long id,
            @QueryValue(defaultValue = "50") int limit,
            @QueryValue(defaultValue = "0") long offset,
            Authentication auth) {
        return files(ChatAddress.group(id), limit, offset, auth);
    }

    /** {@code ?thumb=1} (or {@code true}) asks for an image's PNG preview. */
    private MutableHttpResponse<?> serve(
            ChatAddress chat,
            String kind,
            String name,
            String thumb,
            String range,
            String ifNoneMatch,
            Authentication auth) {
        return MediaResponses.serve(
                open.open(new OpenMediaQuery(
                        Caller.of(auth).user(),
                        chat,
                        MediaUrls.conversationKind(kind),
                        name,
                        MediaResponses.wantsPreview(thumb))),
                range,
                ifNoneMatch);
    }

    private MediaListResponse files(ChatAddress chat, int limit, long offset, Authentication auth) {
        ListMediaQuery query = new ListMediaQuery(Caller.of(auth).user(), chat, limit, offset);
        return new MediaListResponse(
                list.list(query).stream().map(MediaFileResponse::of).toList(), limit, offset);
    }
}
