package io.parley.adapter.rest.group;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.chat.MemberResponse;
import java.util.List;

/** {@code GET /api/v1/group/{id}/users}: the members, longest-standing first. */
@Serdeable
public record GroupUsersResponse(List<MemberResponse> users) {}
