package io.parley.adapter.websocket.socket;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.websocket.WebSocketSession;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.util.Optional;
import java.util.UUID;

/** The user a socket was opened for, read from the token validated at the upgrade ({@code sub}, {@code sid}). */
public record SocketUser(UserId user, Optional<SessionId> session) {
    private static final String SESSION_CLAIM = "sid";

    public static SocketUser of(WebSocketSession socket) {
        Authentication authentication = socket.getUserPrincipal()
                .filter(Authentication.class::isInstance)
                .map(Authentication.class::cast)
                .orElseThrow(() -> new DomainException(
                        ErrorKind.UNAUTHENTICATED, "auth.required", "the socket was opened without a token"));
        return of(authentication);
    }

    public static SocketUser of(Authentication authentication) {
        try {
            UserId user = UserId.of(Long.parseLong(authentication.getName()));
            Object sid = authentication.getAttributes().get(SESSION_CLAIM);
            return new SocketUser(
                    user, sid == null ? Optional.empty() : Optional.of(new SessionId(UUID.fromString(sid.toString()))));
        } catch (IllegalArgumentException e) {
            throw new DomainException(
                    ErrorKind.UNAUTHENTICATED,
                    "auth.invalid_subject",
                    "the token does not name a Parley user and session");
        }
    }
}
