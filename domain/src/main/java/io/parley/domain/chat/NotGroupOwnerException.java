package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/**
 * Only the group's owner (or, for moderation, the owner or an admin) may do this; one code, {@code group.not_owner},
 * for both, the one clients knew before groups had admins.
 */
public final class NotGroupOwnerException extends DomainException {
    public NotGroupOwnerException(ChatId group) {
        this("only the owner of group " + group + " may do this");
    }

    private NotGroupOwnerException(String message) {
        super(ErrorKind.FORBIDDEN, "group.not_owner", message);
    }

    /** The refusal of a moderation step (owner or admin) to a plain member. */
    public static NotGroupOwnerException norAdmin(ChatId group) {
        return new NotGroupOwnerException("only the owner or an admin of group " + group + " may do this");
    }
}
