package io.parley.adapter.rest;

import static io.parley.application.port.AccessTokenIssuer.SESSION_CLAIM;

import io.micronaut.security.authentication.Authentication;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/** The authenticated user behind a request: {@code sub} is the user id, {@code sid} the session (if the token has one). */
public record Caller(UserId user, Optional<SessionId> session) {
    /** Reads the caller from a validated token; a token whose subject is not a Parley user id is refused. */
    public static Caller of(Authentication authentication) {
        UserId user;
        try {
            user = UserId.of(Long.parseLong(authentication.getName()));
        } catch (NumberFormatException e) {
            throw new DomainException(
                    ErrorKind.UNAUTHENTICATED, "auth.invalid_subject", "the token's subject is not a Parley user id");
        }
        return new Caller(user, sessionOf(authentication));
    }

    /** The session an access token names, if it names a well-formed one. */
    public static Optional<SessionId> sessionOf(Authentication authentication) {
        Object sid = authentication.getAttributes().get(SESSION_CLAIM);
        if (sid == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SessionId(UUID.fromString(sid.toString())));
        } catch (IllegalArgumentException e) {
            throw new DomainException(
                    ErrorKind.UNAUTHENTICATED, "auth.invalid_session", "the token's session id is malformed");
        }
    }
}
