package io.parley.adapter.rest.user;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of the user directory. */
@Serdeable
public record UserListResponse(List<UserResponse> users, int limit, long offset) {}
