package io.parley.application.model;

import io.parley.domain.chat.ChatKind;
import java.time.Instant;

/**
 * One entry of a user's chat list: a group's name or, for a private chat, the other member's name; the newest
 * message (null if none), how many messages of others the user has not read, how many of those mention the user (by
 * name or {@code @all}), and the change cursor.
 */
public record ChatListItem(
        long id,
        ChatKind kind,
        String name,
        MessageView lastMessage,
        long unreadCount,
        Instant lastActivityAt,
        long cursor,
        long unreadMentions) {

    /** An entry whose unread messages mention the user nowhere. */
    public ChatListItem(
            long id,
            ChatKind kind,
            String name,
            MessageView lastMessage,
            long unreadCount,
            Instant lastActivityAt,
            long cursor) {
        this(id, kind, name, lastMessage, unreadCount, lastActivityAt, cursor, 0);
    }

    /** The same entry showing {@code message} as its newest message. */
    public ChatListItem withLastMessage(MessageView message) {
        return new ChatListItem(id, kind, name, message, unreadCount, lastActivityAt, cursor, unreadMentions);
    }
}
