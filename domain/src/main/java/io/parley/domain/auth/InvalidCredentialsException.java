package io.parley.domain.auth;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** Login failed; deliberately silent on whether the login or the password was wrong. */
public final class InvalidCredentialsException extends DomainException {
    public InvalidCredentialsException() {
        super(ErrorKind.UNAUTHENTICATED, "auth.invalid_credentials", "login or password is wrong");
    }
}
