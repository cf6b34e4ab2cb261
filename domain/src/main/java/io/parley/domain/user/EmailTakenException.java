package io.parley.domain.user;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Another account already uses this e-mail address. */
public final class EmailTakenException extends DomainException {
    public EmailTakenException() {
        super(ErrorKind.CONFLICT, "user.email_taken", "this email is already registered");
    }
}
