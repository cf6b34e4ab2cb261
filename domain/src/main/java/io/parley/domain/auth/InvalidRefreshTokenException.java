package io.parley.domain.auth;

import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;

/** A refresh token that is unknown, expired, revoked or already used; the client must log in again. */
public final class InvalidRefreshTokenException extends DomainException {
    public InvalidRefreshTokenException(String why) {
        super(ErrorKind.UNAUTHENTICATED, "auth.invalid_refresh_token", why);
    }
}
