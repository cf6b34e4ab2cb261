package io.parley.domain.chat;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** An invite link that exists but no longer admits anyone: revoked, expired or used up. */
public final class InviteLinkUnusableException extends DomainException {
    private InviteLinkUnusableException(String code, String message) {
        super(ErrorKind.CONFLICT, code, message);
    }

    static InviteLinkUnusableException revoked() {
        return new InviteLinkUnusableException("invite.revoked", "this invite link was revoked");
    }

    static InviteLinkUnusableException expired() {
        return new InviteLinkUnusableException("invite.expired", "this invite link has expired");
    }

    static InviteLinkUnusableException usedUp() {
        return new InviteLinkUnusableException("invite.used_up", "this invite link has been used as often as it may");
    }
}
