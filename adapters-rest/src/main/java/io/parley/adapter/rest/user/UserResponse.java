package io.parley.adapter.rest.user;

import io.micronaut.serde.annotation.Serdeable;

/** A user as others see them (seed 000's User model). */
@Serdeable
public record UserResponse(long id, String name, String username, String description) {}
