package io.parley.adapter.rest;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.parley.application.media.AvatarOwner;
import io.parley.application.media.AvatarQuery;
import io.parley.application.media.DeleteAvatarUseCase;
import io.parley.application.media.IncomingFile;
import io.parley.application.media.UploadAvatarCommand;
import io.parley.application.media.UploadAvatarUseCase;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The optional {@code photo} part of seed 000's profile and group forms: stored as the new picture of the user or
 * group, like an upload to its avatar endpoint; {@link #forget} takes it back when the rest of the form fails.
 */
@Singleton
public final class PhotoPart {
    private final UploadAvatarUseCase upload;
    private final DeleteAvatarUseCase delete;

    public PhotoPart(UploadAvatarUseCase upload, DeleteAvatarUseCase delete) {
        this.upload = upload;
        this.delete = delete;
    }

    /** Stores the photo as {@code owner}'s newest picture; returns its name. */
    public String store(CompletedFileUpload photo, UserId actor, AvatarOwner owner) {
        try {
            return upload.upload(new UploadAvatarCommand(actor, owner,
                    new IncomingFile(photo.getFilename(), photo.getInputStream())));
        } catch (IOException e) {
            throw new UncheckedIOException("the photo part could not be read", e);
        }
    }

    /** Deletes a picture stored by {@link #store}, because the form it came with was refused. */
    public void forget(String name, UserId actor, AvatarOwner owner) {
        delete.delete(new AvatarQuery(actor, owner, name));
    }
}
