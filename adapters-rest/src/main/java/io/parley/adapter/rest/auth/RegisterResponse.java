package io.parley.adapter.rest.auth;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.user.AccountResponse;

/** The new account and the tokens of its first session. */
@Serdeable
public record RegisterResponse(
        AccountResponse user, String accessToken, String refreshToken, String tokenType, long expiresIn) {}
