package io.parley.adapter.rest.chat;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.rest.message.MessageResponse;
import io.parley.adapter.wire.ChatSettingsJson;
import io.parley.application.model.ChatListItem;
import java.time.Instant;

/**
 * Seed 000's ChatRoom plus the caller's unread count, how many of those unread messages mention the caller
 * ({@code unread_mentions}), the time of the latest activity and the caller's own settings of the chat
 * ({@code muted_until}, {@code muted}, {@code archived}: {@link ChatSettingsJson}).
 */
@Serdeable
public record RoomResponse(
        long id,
        String name,
        String type,
        MessageResponse lastMessage,
        long unreadCount,
        long unreadMentions,
        Instant lastActivityAt,
        @Nullable String mutedUntil,
        boolean muted,
        boolean archived) {
    public static RoomResponse of(ChatListItem item) {
        ChatSettingsJson settings = ChatSettingsJson.of(item.settings(), Instant.now());
        return new RoomResponse(
                item.id(),
                item.name(),
                item.kind().wireName(),
                item.lastMessage() == null ? null : MessageResponse.of(item.lastMessage()),
                item.unreadCount(),
                item.unreadMentions(),
                item.lastActivityAt(),
                settings.mutedUntil(),
                settings.muted(),
                settings.archived());
    }
}
