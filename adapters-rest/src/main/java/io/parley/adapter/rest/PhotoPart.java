package io.parley.adapter.rest;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.multipart.MultipartBody;
import io.micronaut.scheduling.TaskExecutors;
import io.parley.application.media.AvatarOwner;
import io.parley.application.media.AvatarQuery;
import io.parley.application.media.CheckPictureQuery;
import io.parley.application.media.CheckPictureUseCase;
import io.parley.application.media.DeleteAvatarUseCase;
import io.parley.application.media.IncomingFile;
import io.parley.application.media.UploadAvatarCommand;
import io.parley.application.media.UploadAvatarUseCase;
import io.parley.domain.DomainException;
import io.parley.domain.user.UserId;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.ExecutorService;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The optional {@code photo} part of seed 000's profile and group forms: all of its parts are collected, the one
 * photo's type is checked before the form does anything, then it is stored as the user's or group's newest picture;
 * {@link #forget} takes it back when the rest of the form fails.
 */
@Singleton
public final class PhotoPart {
    private final CheckPictureUseCase check;
    private final UploadAvatarUseCase upload;
    private final DeleteAvatarUseCase delete;
    private final Scheduler blocking;

    public PhotoPart(
            CheckPictureUseCase check,
            UploadAvatarUseCase upload,
            DeleteAvatarUseCase delete,
            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.check = check;
        this.upload = upload;
        this.delete = delete;
        this.blocking = Schedulers.fromExecutorService(blocking);
    }

    /** The whole form ({@code json} and {@code photo} parts), once the body has arrived, on the blocking pool. */
    public Mono<SeedForm> collectForm(MultipartBody body) {
        return Flux.from(body).collectList().publishOn(blocking).map(SeedForm::of);
    }

    /**
     * The one photo of {@code parts}, its type checked and nothing stored, or null without one; two or more are
     * {@code media.one_file_expected} (400), a type other than a raster image {@code media.unsupported_type} (415).
     */
    @Nullable
    public IncomingFile checked(List<CompletedFileUpload> parts) {
        if (parts.size() > 1) {
            throw DomainException.invalid("media.one_file_expected", "send at most one picture, in the photo part");
        }
        return parts.isEmpty() ? null : check.check(new CheckPictureQuery(incoming(parts.get(0))));
    }

    /** Stores a {@link #checked} photo as {@code owner}'s newest picture; returns its name. */
    public String store(IncomingFile photo, UserId actor, AvatarOwner owner) {
        return upload.upload(new UploadAvatarCommand(actor, owner, photo));
    }

    /** Deletes a picture stored by {@link #store}, because the form it came with was refused. */
    public void forget(String name, UserId actor, AvatarOwner owner) {
        delete.delete(new AvatarQuery(actor, owner, name));
    }

    private static IncomingFile incoming(CompletedFileUpload photo) {
        try {
            return new IncomingFile(photo.getFilename(), photo.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("the photo part could not be read", e);
        }
    }
}
