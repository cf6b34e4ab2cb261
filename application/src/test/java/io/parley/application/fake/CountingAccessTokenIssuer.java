package io.parley.application.fake;

import io.parley.application.port.AccessTokenIssuer;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import java.util.concurrent.atomic.AtomicInteger;

/** Issues readable, unique fake access tokens of the form {@code user:session:n}. */
public final class CountingAccessTokenIssuer implements AccessTokenIssuer {
    private final AtomicInteger issued = new AtomicInteger();

    @Override
    public IssuedAccessToken issue(UserId user, SessionId session) {
        return new IssuedAccessToken(user + ":" + session + ":" + issued.incrementAndGet(), 900);
    }
}
