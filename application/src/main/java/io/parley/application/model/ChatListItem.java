package io.parley.application.model;

import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatSettings;
import java.time.Instant;

/**
 * One entry of a user's chat list: a group's name or, for a private chat, the other member's name; the newest
 * message (null if none), how many messages of others the user has not read, how many of those mention the user (by
 * name or {@code @all}), the change cursor and the user's own settings of the chat (mute, archived).
 */
public record ChatListItem(
        long id,
        ChatKind kind,
        String name,
        MessageView lastMessage,
        long unreadCount,
        Instant lastActivityAt,
        long cursor,
        long unreadMentions,
        ChatSettings settings) {

    public ChatListItem {
        settings = settings == null ? ChatSettings.DEFAULT : settings;
    }

    /** An entry with the default settings. */
    public ChatListItem(
            long id,
            ChatKind kind,
            String name,
            MessageView lastMessage,
            long unreadCount,
            Instant lastActivityAt,
            long cursor,
            long unreadMentions) {
        this(id, kind, name, lastMessage, unreadCount, lastActivityAt, cursor, unreadMentions, ChatSettings.DEFAULT);
    }

    /** An entry whose unread messages mention the user nowhere. */
    public ChatListItem(
            long id,
            ChatKind kind,
            String name,
            MessageView lastMessage,
            long unreadCount,
            Instant lastActivityAt,
            long cursor) {
        this(id, kind, name, lastMessage, unreadCount, lastActivityAt, cursor, 0, ChatSettings.DEFAULT);
    }

    /** The same entry showing {@code message} as its newest message. */
    public ChatListItem withLastMessage(MessageView message) {
        return new ChatListItem(id, kind, name, message, unreadCount, lastActivityAt, cursor, unreadMentions, settings);
    }
}
