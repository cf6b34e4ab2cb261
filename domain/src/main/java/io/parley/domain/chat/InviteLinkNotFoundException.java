package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** No invite link has this token (or a malformed one was sent): the same answer either way. */
public final class InviteLinkNotFoundException extends DomainException {
    public InviteLinkNotFoundException() {
        super(ErrorKind.NOT_FOUND, "invite.not_found", "no invite link has this token");
    }
}
