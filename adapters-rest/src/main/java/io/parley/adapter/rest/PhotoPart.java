package io.parley.adapter.rest;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The optional {@code photo} part of seed 000's forms, refused (415) until media storage exists. */
public final class PhotoPart {
    private PhotoPart() {
    }

    /** Throws {@code media.not_available} if a photo was sent with a {@code what} (profile, group). */
    public static void refuse(CompletedFileUpload photo, String what) {
        if (photo != null) {
            throw new DomainException(ErrorKind.UNSUPPORTED, "media.not_available",
                    what + " photos are not stored by this server version; send the " + what + " without 'photo'");
        }
    }
}
