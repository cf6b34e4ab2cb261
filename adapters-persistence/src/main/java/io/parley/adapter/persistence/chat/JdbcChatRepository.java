package io.parley.adapter.persistence.chat;

import io.micronaut.data.exceptions.DataAccessException;
import io.parley.adapter.persistence.Sql;
import io.parley.adapter.persistence.UniqueViolation;
import io.parley.application.model.ChatListItem;
import io.parley.application.model.ChatListPosition;
import io.parley.application.model.ParticipantView;
import io.parley.application.port.ChatPosition;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageAudience;
import io.parley.application.port.MessageSlot;
import io.parley.application.port.PrivateChatExistsException;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.ChatSettings;
import io.parley.domain.chat.Group;
import io.parley.domain.chat.GroupDescription;
import io.parley.domain.chat.GroupName;
import io.parley.domain.chat.Member;
import io.parley.domain.chat.MemberRole;
import io.parley.domain.chat.Membership;
import io.parley.domain.chat.PrivateChat;
import io.parley.domain.message.ReadHorizon;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/** Conversations and memberships in PostgreSQL; seqs come from a counter on the chat row, taken under its lock. */
@Singleton
public final class JdbcChatRepository implements ChatRepository {
    private final Sql sql;
    private final MessageFileRows files;

    public JdbcChatRepository(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
    }

    @Override
    public ChatId nextChatId() {
        return ChatId.of(sql.number("select nextval('chats_id_seq')"));
    }

    @Override
    public void addPrivate(PrivateChat chat) {
        List<UserId> pair = chat.pair();
        try {
            sql.update(
                    """
                    insert into chats (id, kind, pair_low, pair_high, created_at, last_activity_at)
                    values (?, 'private', ?, ?, ?, ?)""",
                    chat.id().value(),
                    pair.get(0).value(),
                    pair.get(1).value(),
                    chat.createdAt(),
                    chat.createdAt());
        } catch (DataAccessException e) {
            if (UniqueViolation.constraintOf(e)
                    .filter("chats_private_pair_key"::equals)
                    .isPresent()) {
                throw new PrivateChatExistsException();
            }
            throw e;
        }
        sql.batch(
                ChatSql.INSERT_MEMBER,
                pair.stream()
                        .map(user -> memberRow(chat.id(), new Member(user, MemberRole.MEMBER, chat.createdAt())))
                        .toList());
    }

    @Override
    public Optional<PrivateChat> findPrivateBetween(UserId one, UserId other) {
        long low = Math.min(one.value(), other.value());
        long high = Math.max(one.value(), other.value());
        return sql.one(
                ChatSql.PRIVATE_COLUMNS + " where kind = 'private' and pair_low = ? and pair_high = ?",
                ChatRows::privateChat,
                low,
                high);
    }

    @Override
    public Optional<PrivateChat> findPrivate(ChatId id) {
        return sql.one(
                ChatSql.PRIVATE_COLUMNS + " where id = ? and kind = 'private'", ChatRows::privateChat, id.value());
    }

    @Override
    public void addGroup(Group group) {
        sql.update(
                """
                insert into chats (id, kind, name, description, created_at, last_activity_at)
                values (?, 'group', ?, ?, ?, ?)""",
                group.id().value(),
                group.name().value(),
                group.description().value(),
                group.createdAt(),
                group.createdAt());
        sql.batch(
                ChatSql.INSERT_MEMBER,
                group.members().stream().map(m -> memberRow(group.id(), m)).toList());
    }

    @Override
    public Optional<Group> findGroup(ChatId id) {
        return group(id, "");
    }

    @Override
    public Optional<Group> findGroupForUpdate(ChatId id) {
        return group(id, " for update");
    }

    private Optional<Group> group(ChatId id, String lock) {
        // the members are read after the group row, not from inside its row mapper
        return sql.one(
                        "select name, description, created_at, public from chats where id = ? and kind = 'group'"
                                + lock,
                        row -> new GroupRow(
                                new GroupName(row.getString("name")),
                                new GroupDescription(row.getString("description")),
                                Sql.instant(row, "created_at"),
                                row.getBoolean("public")),
                        id.value())
                .map(row ->
                        Group.rehydrate(id, row.name(), row.description(), members(id), row.createdAt(), row.open()));
    }

    private record GroupRow(GroupName name, GroupDescription description, Instant createdAt, boolean open) {}

    private List<Member> members(ChatId id) {
        return sql.list(
                "select user_id, role, joined_at from chat_members where chat_id = ?", ChatRows::member, id.value());
    }

    @Override
    public void updateGroup(Group group) {
        long id = group.id().value();
        sql.update(
                "update chats set name = ?, description = ?, public = ? where id = ?",
                group.name().value(),
                group.description().value(),
                group.isPublic(),
                id);
        sql.update(
                "delete from chat_members where chat_id = ? and user_id <> all(?)",
                id,
                sql.longs(group.memberIds().stream().map(UserId::value).toList()));
        // demote first: the one-owner index is checked row by row
        sql.update(
                "update chat_members set role = 'member' where chat_id = ? and role = 'owner' and user_id <> ?",
                id,
                group.owner().value());
        sql.batch(
                ChatSql.UPSERT_MEMBER,
                group.members().stream().map(m -> memberRow(group.id(), m)).toList());
    }

    @Override
    public void delete(ChatId id) {
        sql.update("delete from chats where id = ?", id.value());
    }

    @Override
    public Optional<Membership> findMembership(ChatAddress address, UserId user) {
        return sql.one(
                """
                select m.role from chat_members m join chats c on c.id = m.chat_id
                where m.chat_id = ? and m.user_id = ? and c.kind = ?""",
                row -> new Membership(address.id(), address.kind(), user, ChatRows.role(row.getString("role"))),
                address.id().value(),
                user.value(),
                address.kind().wireName());
    }

    @Override
    public List<ParticipantView> participants(ChatId id) {
        return sql.list("""
                select u.id, u.username, u.name, m.role, m.joined_at
                from chat_members m join users u on u.id = m.user_id
                where m.chat_id = ? order by m.joined_at, u.id""", ChatRows::participant, id.value());
    }

    @Override
    public List<UserId> memberIds(ChatId id) {
        return sql.list(
                "select user_id from chat_members where chat_id = ?", row -> UserId.of(row.getLong(1)), id.value());
    }

    @Override
    public Optional<MessageSlot> nextSeq(ChatId id, Instant at) {
        // the update waits for the row lock and then reads the latest committed row, so the time it returns is at
        // least that of the message the previous lock holder stored
        return sql.one("""
                update chats set last_seq = last_seq + 1, last_change = last_change + 1,
                                 last_activity_at = greatest(last_activity_at, ?)
                where id = ?
                returning last_seq, last_change, last_activity_at, nextval('messages_id_seq') as message_id""", ChatRows::slot, at, id.value());
    }

    @Override
    public long nextChange(ChatId id) {
        return sql.number(
                "update chats set last_change = last_change + 1 where id = ? returning last_change", id.value());
    }

    @Override
    public ChatPosition position(ChatId id) {
        return sql.one("select last_seq, last_change from chats where id = ?", ChatRows::position, id.value())
                .orElse(new ChatPosition(0, 0));
    }

    @Override
    public OptionalLong advanceReadPointer(ChatId chat, UserId reader, long seq) {
        // one round trip: the row is locked first (a lock wait re-reads the latest committed pointer), so the pointer
        // it reports as "before" is the one this transaction moves from; a pointer already there moves nothing
        return sql.one("""
                        with before as (
                            select read_seq from chat_members where chat_id = ? and user_id = ? for update)
                        update chat_members m set read_seq = ?, own_read_seq = null from before
                        where m.chat_id = ? and m.user_id = ? and before.read_seq < ?
                        returning before.read_seq""", row -> row.getLong(1), chat.value(), reader.value(), seq, chat.value(), reader.value(), seq)
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    @Override
    public List<ChatId> chatIdsOf(UserId user) {
        return sql.list(
                "select chat_id from chat_members where user_id = ? order by chat_id",
                row -> ChatId.of(row.getLong(1)),
                user.value());
    }

    @Override
    public List<UserId> contactsOf(UserId user) {
        return sql.list(ChatSql.CONTACTS, row -> UserId.of(row.getLong(1)), user.value(), user.value());
    }

    @Override
    public boolean shareAChat(UserId one, UserId other) {
        return sql.one("""
                select 1 from chat_members a join chat_members b on b.chat_id = a.chat_id
                where a.user_id = ? and b.user_id = ? limit 1""", row -> true, one.value(), other.value()).isPresent();
    }

    @Override
    public long readPointer(ChatId chat, UserId reader) {
        return sql.one(
                        "select coalesce(own_read_seq, read_seq) from chat_members where chat_id = ? and user_id = ?",
                        row -> row.getLong(1),
                        chat.value(),
                        reader.value())
                .orElse(0L);
    }

    @Override
    public Optional<ReadPosition> readPositionForUpdate(ChatId chat, UserId reader) {
        return sql.one(
                "select read_seq, coalesce(own_read_seq, read_seq) from chat_members "
                        + "where chat_id = ? and user_id = ? for update",
                row -> new ReadPosition(row.getLong(1), row.getLong(2)),
                chat.value(),
                reader.value());
    }

    @Override
    public void saveReadPosition(ChatId chat, UserId reader, ReadPosition position) {
        sql.update(
                // the own pointer is stored only while it stands behind the receipt
                "update chat_members set read_seq = ?, own_read_seq = nullif(?, ?) where chat_id = ? and user_id = ?",
                position.receiptSeq(),
                position.ownSeq(),
                position.receiptSeq(),
                chat.value(),
                reader.value());
    }

    @Override
    public long unreadCount(ChatId chat, UserId reader) {
        return sql.number(ChatSql.UNREAD_COUNT, chat.value(), reader.value());
    }

    @Override
    public ReadHorizon readHorizon(ChatId chat) {
        return ReadHorizon.of(sql.list(
                "select user_id, read_seq from chat_members where chat_id = ? " + "order by read_seq limit 2",
                row -> new ReadHorizon.ReadPointer(UserId.of(row.getLong(1)), row.getLong(2)),
                chat.value()));
    }

    @Override
    public Optional<ChatSettings> settingsForUpdate(ChatId chat, UserId member) {
        return sql.one(
                "select muted_until, muted_forever, archived from chat_members "
                        + "where chat_id = ? and user_id = ? for update",
                ChatRows::settings,
                chat.value(),
                member.value());
    }

    @Override
    public void saveSettings(ChatId chat, UserId member, ChatSettings settings) {
        sql.update(
                "update chat_members set muted_until = cast(? as timestamptz), muted_forever = ?, archived = ? "
                        + "where chat_id = ? and user_id = ?",
                settings.mute().until(),
                settings.mute().forever(),
                settings.archived(),
                chat.value(),
                member.value());
    }

    @Override
    public MessageAudience messageAudience(ChatId chat, UserId author, Instant at) {
        List<AudienceRow> rows = sql.list(
                ChatSql.MESSAGE_AUDIENCE,
                row -> new AudienceRow(UserId.of(row.getLong(1)), row.getBoolean(2)),
                chat.value(),
                author.value(),
                at,
                chat.value());
        return new MessageAudience(
                rows.stream().map(AudienceRow::member).toList(),
                rows.stream()
                        .filter(AudienceRow::broughtBack)
                        .map(AudienceRow::member)
                        .sorted(Comparator.comparingLong(UserId::value))
                        .toList());
    }

    private record AudienceRow(UserId member, boolean broughtBack) {}

    @Override
    public List<ChatListItem> listFor(
            UserId user, String nameContains, Boolean archived, ChatListPosition after, int limit, long offset) {
        String pattern = "%" + Sql.escapeLike(nameContains.toLowerCase(Locale.ROOT)) + "%";
        // the top of the list is everything before the far future (no real activity is later)
        Instant time = after == null ? ChatSql.LIST_TOP : after.lastActivityAt();
        long id = after == null ? Long.MAX_VALUE : after.chatId();
        return files.withFilesOfLast(sql.list(
                ChatSql.CHAT_LIST,
                ChatRows::listItem,
                user.value(),
                nameContains,
                pattern,
                archived == null,
                archived != null && archived,
                time,
                id,
                limit,
                offset));
    }

    private static Object[] memberRow(ChatId chat, Member member) {
        return new Object[] {
            chat.value(),
            member.user().value(),
            member.role().name().toLowerCase(Locale.ROOT),
            member.joinedAt(),
            chat.value()
        };
    }
}
