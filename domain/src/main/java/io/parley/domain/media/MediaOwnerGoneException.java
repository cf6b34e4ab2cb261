package io.parley.domain.media;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The chat, group or user a file was uploaded to was deleted while the upload ran: the same answer as "no such". */
public final class MediaOwnerGoneException extends DomainException {
    private final MediaOwner owner;

    public MediaOwnerGoneException(MediaOwner owner) {
        super(ErrorKind.NOT_FOUND, code(owner.kind()), noun(owner.kind()) + " " + owner.id() + " does not exist");
        this.owner = owner;
    }

    /** Whose files these were. */
    public MediaOwner owner() {
        return owner;
    }

    private static String code(OwnerKind kind) {
        return noun(kind) + ".not_found";
    }

    private static String noun(OwnerKind kind) {
        return switch (kind) {
            case CHAT -> "chat";
            case GROUP -> "group";
            case USER -> "user";
        };
    }
}
