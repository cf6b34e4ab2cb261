package io.parley.adapter.websocket.frame;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.parley.adapter.wire.AuthorJson;
import io.parley.adapter.wire.AuthorStatusJson;
import io.parley.adapter.wire.ChatSettingsJson;
import io.parley.adapter.wire.ForwardJson;
import io.parley.adapter.wire.MessageJson;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.MessageView;
import java.time.Instant;
import java.util.List;

/**
 * Sent per chat when the main socket opens: seed 000's {@code last_message} (the newest message's fields, with seed
 * 000's {@code file_*} fields of its first file; all null for a chat without messages) plus the chat's name and type,
 * the user's unread count, how many of those unread messages mention the user ({@code unread_mentions}) and the
 * chat's change cursor; {@code status} is the newest message's author's presence, {@code forwarded_from} where a
 * forwarded newest message first came from; {@code muted_until}, {@code muted} and {@code archived} are the user's
 * own settings of the chat ({@link ChatSettingsJson}).
 */
@Serdeable
public record LastMessagePayload(
        String type,
        long chatId,
        String chatType,
        String chatName,
        long unreadCount,
        long unreadMentions,
        long cursor,
        @Nullable Long id,
        @Nullable String text,
        @Nullable Boolean read,
        @Nullable AuthorStatusJson status,
        @Nullable AuthorJson author,
        @Nullable Instant time,
        @Nullable Boolean edited,
        @Nullable Long seq,
        @Nullable String fileUrl,
        @Nullable List<String> fileUrls,
        @Nullable String fileName,
        @Nullable String fileMime,
        @Nullable String fileType,
        @Nullable Long fileSize,
        @Nullable ForwardJson forwardedFrom,
        @Nullable String mutedUntil,
        boolean muted,
        boolean archived) {

    /** The frame of one entry of the user's chat list. */
    public static LastMessagePayload of(ChatListItem item) {
        MessageView last = item.lastMessage();
        ChatSettingsJson settings = ChatSettingsJson.of(item.settings(), Instant.now());
        String kind = item.kind().wireName();
        if (last == null) {
            return new LastMessagePayload(
                    "last_message",
                    item.id(),
                    kind,
                    item.name(),
                    item.unreadCount(),
                    item.unreadMentions(),
                    item.cursor(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    settings.mutedUntil(),
                    settings.muted(),
                    settings.archived());
        }
        MessageJson message = MessageJson.of(last);
        return new LastMessagePayload(
                "last_message",
                item.id(),
                kind,
                item.name(),
                item.unreadCount(),
                item.unreadMentions(),
                item.cursor(),
                message.id(),
                message.text(),
                message.read(),
                message.status(),
                message.author(),
                message.time(),
                message.edited(),
                message.seq(),
                message.fileUrl(),
                message.fileUrls(),
                message.fileName(),
                message.fileMime(),
                message.fileType(),
                message.fileSize(),
                message.forwardedFrom(),
                settings.mutedUntil(),
                settings.muted(),
                settings.archived());
    }
}
