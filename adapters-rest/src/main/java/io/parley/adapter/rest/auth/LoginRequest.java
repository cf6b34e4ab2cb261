package io.parley.adapter.rest.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Body of {@code POST /api/v1/auth/login}: JSON {@code {login, password}} or a form {@code username=&password=}. */
@Serdeable
public record LoginRequest(
        @Nullable String login,
        @Nullable String username,
        @Nullable String password) {
    /** The login name, whichever field carried it. */
    public String loginName() {
        return login != null ? login : username;
    }
}
