package io.parley.adapter.rest.user;

import io.micronaut.serde.annotation.Serdeable;

/** Seed 000's {@code {"status": "ok"}}, with the profile as now stored. */
@Serdeable
public record ProfileSavedResponse(String status, AccountResponse user) {
    public static ProfileSavedResponse ok(AccountResponse user) {
        return new ProfileSavedResponse("ok", user);
    }
}
