package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.chat.ChatListPage;
import java.util.List;

/**
 * {@code GET /api/v1/chats}: the caller's chats, most recent activity first; {@code hasMore} and {@code nextCursor}
 * (null on the last page) say whether and from where the list goes on.
 */
@Serdeable
public record RoomsResponse(List<RoomResponse> rooms, int limit, long offset, boolean hasMore, String nextCursor) {
    static RoomsResponse of(ChatListPage page, int limit, long offset) {
        return new RoomsResponse(
                page.rooms().stream().map(RoomResponse::of).toList(),
                limit,
                offset,
                page.hasMore(),
                page.hasMore() ? ChatListCursor.encode(page.next()) : null);
    }
}
