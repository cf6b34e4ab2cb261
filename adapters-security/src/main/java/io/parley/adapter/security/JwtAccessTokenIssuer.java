package io.parley.adapter.security;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.generator.TokenGenerator;
import io.parley.application.port.AccessTokenIssuer;
import io.parley.domain.auth.SessionId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Signs access tokens as JWTs (HS256 by default): {@code sub} is the user id, {@code sid} the session. */
@Singleton
public final class JwtAccessTokenIssuer implements AccessTokenIssuer {
    private final TokenGenerator generator;
    private final SecuritySettings settings;

    public JwtAccessTokenIssuer(TokenGenerator generator, SecuritySettings settings) {
        this.generator = generator;
        this.settings = settings;
    }

    @Override
    public IssuedAccessToken issue(UserId user, SessionId session) {
        int ttlSeconds = Math.toIntExact(settings.accessTokenTtl().toSeconds());
        Authentication subject =
                Authentication.build(user.toString(), List.of(), Map.of(SESSION_CLAIM, session.toString()));
        String token = generator
                .generateToken(subject, ttlSeconds)
                .orElseThrow(() -> new IllegalStateException("no JWT signature is configured for access tokens"));
        return new IssuedAccessToken(token, ttlSeconds);
    }
}
