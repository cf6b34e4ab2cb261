package io.parley.adapter.rest.media;

import io.micronaut.core.async.annotation.SingleResult;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.parley.application.media.UploadTarget;
import io.parley.domain.chat.ChatAddress;
import java.util.List;
import org.reactivestreams.Publisher;

/**
 * Seed 000's uploads: {@code POST /api/v1/chat/{id}/img|video|audio|file|imgvid} and the same under
 * {@code /api/v1/group/{id}}, multipart, members only; the answer is the list of the stored files' URLs.
 */
@Controller("/api/v1")
@Secured(SecurityRule.IS_AUTHENTICATED)
public final class MediaUploadController {
    private final MultipartUploads uploads;

    MediaUploadController(MultipartUploads uploads) {
        this.uploads = uploads;
    }

    @Post(uri = "/chat/{id}/img", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> chatImages(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.privateChat(id), UploadTarget.IMG, body, auth);
    }

    @Post(uri = "/chat/{id}/video", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> chatVideos(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.privateChat(id), UploadTarget.VIDEO, body, auth);
    }

    @Post(uri = "/chat/{id}/audio", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> chatAudio(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.privateChat(id), UploadTarget.AUDIO, body, auth);
    }

    @Post(uri = "/chat/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> chatFiles(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.privateChat(id), UploadTarget.FILE, body, auth);
    }

    @Post(uri = "/chat/{id}/imgvid", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> chatMixed(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.privateChat(id), UploadTarget.IMGVID, body, auth);
    }

    @Post(uri = "/group/{id}/img", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> groupImages(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.group(id), UploadTarget.IMG, body, auth);
    }

    @Post(uri = "/group/{id}/video", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> groupVideos(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.group(id), UploadTarget.VIDEO, body, auth);
    }

    @Post(uri = "/group/{id}/audio", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> groupAudio(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.group(id), UploadTarget.AUDIO, body, auth);
    }

    @Post(uri = "/group/{id}/file", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> groupFiles(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.group(id), UploadTarget.FILE, body, auth);
    }

    @Post(uri = "/group/{id}/imgvid", consumes = MediaType.MULTIPART_FORM_DATA)
    @SingleResult
    public Publisher<HttpResponse<List<String>>> groupMixed(long id, @Body MultipartBody body, Authentication auth) {
        return uploads.upload(ChatAddress.group(id), UploadTarget.IMGVID, body, auth);
    }
}
