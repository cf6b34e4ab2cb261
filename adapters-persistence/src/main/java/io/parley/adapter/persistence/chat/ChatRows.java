package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.ChangedMessage;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.LatestByAuthor;
import io.parley.application.model.MessageView;
import io.parley.application.model.ParticipantView;
import io.parley.application.model.UnreadMessage;
import io.parley.application.port.ChatPosition;
import io.parley.application.port.MessageSlot;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatKind;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Member;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Mute;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.mention.Mentions;
import io.parley.domain.message.ClientId;
import io.parley.domain.message.ForwardOrigin;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.MessageKind;
import io.parley.domain.message.MessageText;
import io.parley.domain.message.ThreadPlace;
import io.parley.domain.user.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Locale;

/** Reads conversation rows back into domain objects and views. */
final class ChatRows {
    private ChatRows() {}

    static PrivateChat privateChat(ResultSet row) throws SQLException {
        return PrivateChat.rehydrate(
                ChatId.of(row.getLong("id")),
                UserId.of(row.getLong("pair_low")),
                UserId.of(row.getLong("pair_high")),
                Sql.instant(row, "created_at"));
    }

    static MemberRole role(String stored) {
        return MemberRole.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    static ChatKind kind(String stored) {
        return ChatKind.valueOf(stored.toUpperCase(Locale.ROOT));
    }

    static Member member(ResultSet row) throws SQLException {
        return new Member(
                UserId.of(row.getLong("user_id")), role(row.getString("role")), Sql.instant(row, "joined_at"));
    }

    static ParticipantView participant(ResultSet row) throws SQLException {
        return new ParticipantView(
                row.getLong("id"),
                row.getString("username"),
                row.getString("name"),
                role(row.getString("role")),
                Sql.instant(row, "joined_at"));
    }

    /** A message selected with {@link ChatSql#MESSAGE_COLUMNS}. */
    static AuthoredMessage authoredMessage(ResultSet row) throws SQLException {
        String clientId = row.getString("client_id");
        Long replyTo = Sql.nullableLong(row, "reply_to");
        String text = row.getString("text");
        MessageKind kind = MessageKind.of(row.getString("message_kind"));
        Message message = Message.rehydrate(
                MessageId.of(row.getLong("id")),
                ChatId.of(row.getLong("chat_id")),
                row.getLong("seq"),
                UserId.of(row.getLong("author_id")),
                kind,
                kind != MessageKind.TEXT && text.isEmpty() ? null : new MessageText(text),
                clientId == null ? null : new ClientId(clientId),
                Sql.instant(row, "sent_at"),
                Sql.instant(row, "edited_at"),
                replyTo == null ? null : MessageId.of(replyTo),
                mentions(row),
                forwardedFrom(row));
        Long threadRoot = Sql.nullableLong(row, "thread_root");
        if (threadRoot != null) {
            message = message.withThreadPlace(new ThreadPlace(MessageId.of(threadRoot), row.getLong("thread_seq")));
        }
        return new AuthoredMessage(message, row.getString("author_name"));
    }

    /** The {@code forwarded_*} columns of a message row: null for a message written where it is. */
    private static ForwardOrigin forwardedFrom(ResultSet row) throws SQLException {
        Long author = Sql.nullableLong(row, "forwarded_author_id");
        return author == null
                ? null
                : new ForwardOrigin(
                        UserId.of(author),
                        row.getString("forwarded_author_name"),
                        Sql.instant(row, "forwarded_sent_at"));
    }

    /** The {@code mentions} and {@code mention_all} columns of a message row. */
    private static Mentions mentions(ResultSet row) throws SQLException {
        Array ids = row.getArray("mentions");
        boolean everyone = row.getBoolean("mention_all");
        Long[] users = ids == null ? new Long[0] : (Long[]) ids.getArray();
        return users.length == 0 && !everyone ? Mentions.NONE : Mentions.of(Arrays.asList(users), everyone);
    }

    static ChatListItem listItem(ResultSet row) throws SQLException {
        ChatKind kind = kind(row.getString("kind"));
        MessageView last = null;
        if (Sql.nullableLong(row, "id") != null) {
            AuthoredMessage newest = authoredMessage(row);
            last = MessageView.of(newest.message(), newest.authorName(), kind, row.getBoolean("last_read"));
        }
        return new ChatListItem(
                row.getLong("room_id"),
                kind,
                row.getString("name"),
                last,
                row.getLong("unread_count"),
                Sql.instant(row, "last_activity_at"),
                row.getLong("last_change"),
                row.getLong("unread_mentions"),
                settings(row));
    }

    /** The {@code muted_until}, {@code muted_forever} and {@code archived} columns of a member row. */
    static ChatSettings settings(ResultSet row) throws SQLException {
        return new ChatSettings(
                Mute.rehydrate(Sql.instant(row, "muted_until"), row.getBoolean("muted_forever")),
                row.getBoolean("archived"));
    }

    static ChatPosition position(ResultSet row) throws SQLException {
        return new ChatPosition(row.getLong("last_seq"), row.getLong("last_change"));
    }

    static MessageSlot slot(ResultSet row) throws SQLException {
        return new MessageSlot(
                MessageId.of(row.getLong("message_id")),
                row.getLong("last_seq"),
                row.getLong("last_change"),
                Sql.instant(row, "last_activity_at"));
    }

    /** A row selected with {@link ChatSql#CHANGE_COLUMNS}: live messages come with their author's name. */
    static ChangedMessage changedMessage(ResultSet row) throws SQLException {
        boolean deleted = row.getTimestamp("deleted_at") != null;
        Long deletedBy = Sql.nullableLong(row, "deleted_by");
        return new ChangedMessage(
                MessageId.of(row.getLong("id")),
                row.getLong("seq"),
                row.getLong("created_cursor"),
                row.getLong("changed_cursor"),
                deleted ? null : authoredMessage(row),
                deletedBy == null ? null : UserId.of(deletedBy),
                row.getString("deleted_by_name"),
                Sql.instant(row, "deleted_at"));
    }

    static LatestByAuthor latestByAuthor(ResultSet row) throws SQLException {
        return new LatestByAuthor(
                UserId.of(row.getLong("author_id")), MessageId.of(row.getLong("id")), row.getLong("seq"));
    }

    static UnreadMessage unreadMessage(ResultSet row) throws SQLException {
        return new UnreadMessage(authoredMessage(row), kind(row.getString("kind")));
    }
}
