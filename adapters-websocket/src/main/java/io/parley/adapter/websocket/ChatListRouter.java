package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.ChatNotificationPayload;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.adapter.websocket.frame.FrameType;
import io.parley.adapter.websocket.frame.GroupPayload;
import io.parley.adapter.websocket.socket.CloseCodes;
import io.parley.application.event.ChatCreated;
import io.parley.application.event.ChatDeleted;
import io.parley.application.event.GroupChanged;
import io.parley.application.event.MembersAdded;
import io.parley.application.event.MembersRemoved;
import io.parley.application.model.GroupView;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Chat-list changes on sockets: the main socket is told (as {@code notification} frames) and starts or stops
 * following the chat; a chat socket whose user was removed, or whose chat was deleted, is told and closed at once.
 */
@Singleton
final class ChatListRouter {
    private final FrameEncoder encoder;
    private final Feeds feeds;
    private final Terminator terminator;

    ChatListRouter(FrameEncoder encoder, Feeds feeds, Terminator terminator) {
        this.encoder = encoder;
        this.feeds = feeds;
        this.terminator = terminator;
    }

    /** The main socket follows the new chat. */
    void chatCreated(Connection connection, ChatCreated created) {
        joined(connection, new ChatAddress(created.kind(), created.chat()), 0, "chat_created", List.of());
    }

    /** An added user's main socket follows the group; sockets watching it are told. */
    void membersAdded(Connection connection, MembersAdded added) {
        if (added.added().contains(connection.user())) {
            joined(
                    connection,
                    ChatAddress.group(added.chat().value()),
                    added.cursor(),
                    "added_to_group",
                    added.added());
        } else if (connection.watches(added.chat())) {
            tell(connection, "members_added", added.chat(), ChatKind.GROUP, added.added(), null);
        }
    }

    /** A removed user's sockets leave the group; sockets of the others watching it are told. */
    void membersRemoved(Connection connection, MembersRemoved removed) {
        if (removed.removed().contains(connection.user())) {
            String type = removed.left() ? "left_group" : "removed_from_group";
            left(connection, removed.chat(), ChatKind.GROUP, type, removed.removed(), CloseCodes.REMOVED);
        } else if (connection.watches(removed.chat())) {
            tell(connection, "members_removed", removed.chat(), ChatKind.GROUP, removed.removed(), null);
        }
    }

    /** Sockets watching the group are told how it is now. */
    void groupChanged(Connection connection, GroupChanged changed) {
        if (connection.watches(changed.chat())) {
            tell(connection, "group_changed", changed.chat(), ChatKind.GROUP, List.of(), group(changed.group()));
        }
    }

    /** Sockets watching the chat are told and leave it. */
    void chatDeleted(Connection connection, ChatDeleted deleted) {
        left(connection, deleted.chat(), deleted.kind(), "chat_deleted", List.of(), CloseCodes.CHAT_GONE);
    }

    private void joined(Connection connection, ChatAddress chat, long cursor, String type, List<UserId> users) {
        if (!connection.isMain()) {
            return;
        }
        if (connection.feed(chat.id()) == null) {
            ChatFeed feed = feeds.create(connection, chat);
            connection.addFeed(feed);
            feed.start(cursor);
        }
        tell(connection, type, chat.id(), chat.kind(), users, null);
    }

    private void left(Connection connection, ChatId chat, ChatKind kind, String type, List<UserId> users, int code) {
        if (!connection.watches(chat)) {
            return;
        }
        tell(connection, type, chat, kind, users, null);
        if (connection.isMain()) {
            connection.removeFeed(chat);
        } else {
            terminator.close(connection, code, type.replace('_', ' '));
        }
    }

    private void tell(
            Connection connection, String type, ChatId chat, ChatKind kind, List<UserId> users, GroupPayload group) {
        connection.send(encoder.frame(
                FrameType.NOTIFICATION,
                new ChatNotificationPayload(
                        type,
                        chat.value(),
                        kind.wireName(),
                        users.stream().map(UserId::value).toList(),
                        group)));
    }

    private static GroupPayload group(GroupView view) {
        return new GroupPayload(
                view.id(),
                view.name(),
                view.description(),
                view.ownerId(),
                view.memberCount(),
                view.adminIds(),
                view.isPublic());
    }
}
