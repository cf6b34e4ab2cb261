package io.parley.application.port;

import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;

/** Mints the short-lived bearer tokens that authenticate API calls. */
public interface AccessTokenIssuer {
    /** A signed token naming {@code user} as subject and {@code session} as its session; never null. */
    IssuedAccessToken issue(UserId user, SessionId session);

    /** A token and how many seconds it stays valid. */
    record IssuedAccessToken(String token, long expiresInSeconds) {
    }
}
