package io.parley.application.port;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;

/** Mints the short-lived bearer tokens that authenticate API calls. */
public interface AccessTokenIssuer {
    /** The claim that names the token's session; whoever reads tokens looks for it under this name. */
    String SESSION_CLAIM = "sid";

    /** A signed token naming {@code user} as subject and {@code session} as its session; never null. */
    IssuedAccessToken issue(UserId user, SessionId session);

    /** A token and how many seconds it stays valid. */
    record IssuedAccessToken(String token, long expiresInSeconds) {}
}
