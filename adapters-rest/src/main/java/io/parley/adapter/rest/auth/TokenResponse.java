package io.parley.adapter.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.account.TokenPair;

/** A token pair in OAuth 2 shape: {@code access_token, refresh_token, token_type, expires_in}. */
@Serdeable
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn) {
    public static TokenResponse of(TokenPair tokens) {
        return new TokenResponse(tokens.accessToken(), tokens.refreshToken(), "Bearer", tokens.expiresInSeconds());
    }
}
