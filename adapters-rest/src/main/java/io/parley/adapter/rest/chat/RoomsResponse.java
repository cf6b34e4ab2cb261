package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** {@code GET /api/v1/chats}: the caller's chats, most recent activity first. */
@Serdeable
public record RoomsResponse(List<RoomResponse> rooms, int limit, long offset) {}
