package io.parley.application.account;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** The current password given to confirm a sensitive change is wrong. */
public final class WrongPasswordException extends DomainException {
    public WrongPasswordException() {
        super(ErrorKind.FORBIDDEN, "auth.wrong_password", "the current password is wrong");
    }
}
