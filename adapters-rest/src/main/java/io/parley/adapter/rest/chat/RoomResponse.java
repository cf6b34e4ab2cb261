package io.parley.adapter.rest.chat;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.message.MessageResponse;
import io.parley.application.model.ChatListItem;
import java.time.Instant;

/**
 * Seed 000's ChatRoom plus the caller's unread count, how many of those unread messages mention the caller
 * ({@code unread_mentions}) and the time of the latest activity.
 */
@Serdeable
public record RoomResponse(
        long id,
        String name,
        String type,
        MessageResponse lastMessage,
        long unreadCount,
        long unreadMentions,
        Instant lastActivityAt) {
    public static RoomResponse of(ChatListItem item) {
        return new RoomResponse(
                item.id(),
                item.name(),
                item.kind().wireName(),
                item.lastMessage() == null ? null : MessageResponse.of(item.lastMessage()),
                item.unreadCount(),
                item.unreadMentions(),
                item.lastActivityAt());
    }
}
