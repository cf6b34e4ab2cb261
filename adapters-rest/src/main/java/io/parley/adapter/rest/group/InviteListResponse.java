package io.parley.adapter.rest.group;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A group's invite links, newest first. */
@Serdeable
public record InviteListResponse(List<InviteResponse> invites) {}
