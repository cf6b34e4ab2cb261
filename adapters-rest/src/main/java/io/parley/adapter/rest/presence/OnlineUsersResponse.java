package io.parley.adapter.rest.presence;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.user.UserResponse;
import java.util.List;

/** The caller's contacts who are online now (seed 004's online users, limited to people the caller shares a chat with). */
@Serdeable
public record OnlineUsersResponse(List<UserResponse> users) {}
