package io.parley.adapter.rest.media;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.Authentication;
import io.parley.adapter.rest.Caller;
import io.parley.adapter.wire.MediaUrls;
import io.parley.application.chat.CheckMembershipQuery;
import io.parley.application.chat.CheckMembershipUseCase;
import io.parley.application.limit.Limited;
import io.parley.application.limit.TakeQuotaCommand;
import io.parley.application.limit.TakeQuotaUseCase;
import io.parley.application.media.IncomingFile;
import io.parley.application.media.UploadMediaCommand;
import io.parley.application.media.UploadMediaUseCase;
import io.parley.application.media.UploadTarget;
import io.parley.application.model.MediaView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Takes multipart uploads: an authorization check first (a refused caller's body is not read), then every file
 * part, whatever its name (seed 000 uses {@code photos}, {@code videos}, {@code audio}, {@code files},
 * {@code photo}, {@code video}), which the framework spools to disk and releases when the request ends, then the
 * use case, on the blocking pool.
 */
@Singleton
final class MultipartUploads {
    private final UploadMediaUseCase uploads;
    private final CheckMembershipUseCase membership;
    private final TakeQuotaUseCase quotas;
    private final Scheduler blocking;

    MultipartUploads(
            UploadMediaUseCase uploads,
            CheckMembershipUseCase membership,
            TakeQuotaUseCase quotas,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.uploads = uploads;
        this.membership = membership;
        this.quotas = quotas;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    /** The URLs of the files stored in a conversation, as seed 000 answers. */
    Publisher<HttpResponse<List<String>>> upload(
            ChatAddress chat, UploadTarget target, MultipartBody body, Authentication authentication) {
        return stored(chat, target, body, authentication)
                .map(views -> HttpResponse.ok(
                        views.stream().map(view -> MediaUrls.of(view.ref())).toList()));
    }

    /** The files stored in a conversation, members only. */
    Mono<List<MediaView>> stored(
            ChatAddress chat, UploadTarget target, MultipartBody body, Authentication authentication) {
        UserId actor = Caller.of(authentication).user();
        return receive(
                actor,
                () -> membership.check(new CheckMembershipQuery(actor, chat)),
                body,
                files -> uploads.upload(new UploadMediaCommand(actor, chat, target, files)));
    }

    /**
     * Runs {@code check}, then counts the request's file parts and bytes against {@code actor}'s upload quotas (429
     * {@code request.rate_limited}, nothing stored) and hands them to {@code use}; all on the blocking pool.
     */
    <T> Mono<T> receive(UserId actor, Runnable check, MultipartBody body, Function<List<IncomingFile>, T> use) {
        return Mono.fromRunnable(check)
                .subscribeOn(blocking)
                .thenMany(Flux.from(body))
                .filter(CompletedFileUpload.class::isInstance)
                .cast(CompletedFileUpload.class)
                .collectList()
                .publishOn(blocking)
                .map(parts -> {
                    if (!parts.isEmpty()) {
                        long bytes = parts.stream()
                                .mapToLong(CompletedFileUpload::getSize)
                                .sum();
                        quotas.take(TakeQuotaCommand.byUser(Limited.UPLOAD_FILES, actor, parts.size()));
                        quotas.take(TakeQuotaCommand.byUser(Limited.UPLOAD_BYTES, actor, bytes));
                    }
                    return use.apply(
                            parts.stream().map(MultipartUploads::incoming).toList());
                });
    }

    private static IncomingFile incoming(CompletedFileUpload part) {
        try {
            return new IncomingFile(part.getFilename(), part.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("an uploaded part could not be read", e);
        }
    }
}
