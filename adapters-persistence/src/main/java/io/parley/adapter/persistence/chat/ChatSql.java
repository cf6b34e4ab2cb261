package io.parley.adapter.persistence.chat;

import java.time.Instant;

/** The SQL of the conversation tables that is longer than a line; public so the plan test can EXPLAIN it. */
public final class ChatSql {
    static final String PRIVATE_COLUMNS = "select id, pair_low, pair_high, created_at from chats";

    /** New members start with the history so far counted as read. */
    static final String INSERT_MEMBER = """
            insert into chat_members (chat_id, user_id, role, joined_at, read_seq)
            values (?, ?, ?, ?, (select last_seq from chats where id = ?))""";

    static final String UPSERT_MEMBER =
            INSERT_MEMBER + " on conflict (chat_id, user_id) do update set role = excluded.role";

    static final String MESSAGE_COLUMNS = """
            m.id, m.chat_id, m.seq, m.author_id, m.kind as message_kind, m.text, m.client_id, m.sent_at, m.edited_at,
            m.reply_to, m.mentions, m.mention_all, m.forwarded_author_id, m.forwarded_author_name, m.forwarded_sent_at,
            m.thread_root, m.thread_seq, a.name as author_name""";

    /**
     * A page of a user's chats by latest activity, then per chat its newest live message, whether every member but
     * its author has read it, the unread messages of others and how many of them mention the user (by id or
     * {@code @all}) and the user's own settings (mute, archived); only chats strictly after a position (last activity,
     * id) in that order, archived or not. Parameters: user, search text, LIKE pattern, both (archived or not), archived,
     * position time, position id, limit, offset.
     */
    public static final String CHAT_LIST = """
            with page as (
                select c.id, c.kind, coalesce(c.name, other.name) as name, c.last_activity_at, c.last_change,
                       coalesce(me.own_read_seq, me.read_seq) as read_seq, me.user_id as reader,
                       me.muted_until, me.muted_forever, me.archived
                from chat_members me
                join chats c on c.id = me.chat_id
                left join users other on c.kind = 'private'
                     and other.id = case when c.pair_low = me.user_id then c.pair_high else c.pair_low end
                where me.user_id = ?
                  and (? = '' or lower(coalesce(c.name, other.name)) like ?)
                  and (? or me.archived = ?)
                  and (c.last_activity_at, c.id) < (?, ?)
                order by c.last_activity_at desc, c.id desc
                limit ? offset ?)
            select page.id as room_id, page.kind, page.name, page.last_activity_at, page.last_change,
                   page.muted_until, page.muted_forever, page.archived,
                   unread.unread_count, unread.unread_mentions,
                   coalesce((select min(o.read_seq) from chat_members o
                              where o.chat_id = page.id and o.user_id <> m.author_id) >= m.seq, false) as last_read,
                   """ + MESSAGE_COLUMNS + """

            from page
            cross join lateral (
                select count(*) as unread_count,
                       count(*) filter (where u.mention_all or page.reader = any(u.mentions)) as unread_mentions
                from messages u
                where u.chat_id = page.id and u.deleted_at is null
                  and u.seq > page.read_seq and u.author_id <> page.reader) unread
            left join lateral (
                select * from messages x where x.chat_id = page.id and x.deleted_at is null
                order by x.seq desc limit 1) m on true
            left join users a on a.id = m.author_id
            order by page.last_activity_at desc, page.id desc""";

    /** The live messages of others after a member's own read pointer. Parameters: chat, reader. */
    public static final String UNREAD_COUNT = """
            select count(*) from chat_members me
            join messages u on u.chat_id = me.chat_id and u.deleted_at is null
                 and u.seq > coalesce(me.own_read_seq, me.read_seq) and u.author_id <> me.user_id
            where me.chat_id = ? and me.user_id = ?""";

    /**
     * Brings a chat back for the members other than its author who archived it and have it not muted at the message's
     * time. Parameters: chat, author, time.
     */
    private static final String UNARCHIVE_ON_MESSAGE = """
            update chat_members set archived = false
            where chat_id = ? and user_id <> ? and archived and not muted_forever
              and (muted_until is null or muted_until <= ?)
            returning user_id""";

    /**
     * The unarchiving above and every member in one statement (parameters: chat, author, time, chat); the
     * member list reads the statement's snapshot, taken after the caller's lock, so it holds exactly the members at
     * commit.
     */
    static final String MESSAGE_AUDIENCE = "with back as (" + UNARCHIVE_ON_MESSAGE + """
            )
            select m.user_id, exists (select 1 from back where back.user_id = m.user_id) as back
            from chat_members m where m.chat_id = ?""";

    /** A position before every chat: the first page of the list starts after it. */
    static final Instant LIST_TOP = Instant.parse("9999-12-31T00:00:00Z");

    /** The users sharing a conversation with a user, without the user. Parameters: user, user. */
    public static final String CONTACTS = """
            select distinct other.user_id from chat_members mine
            join chat_members other on other.chat_id = mine.chat_id
            where mine.user_id = ? and other.user_id <> ?
            order by other.user_id""";

    /** A message row with what catching up needs; deleted rows have empty text and carry the deleter's name. */
    static final String CHANGE_COLUMNS = MESSAGE_COLUMNS
            + ", m.created_cursor, m.changed_cursor, m.deleted_at, m.deleted_by, d.name as deleted_by_name";

    /** A chat's messages changed after a cursor, by latest change. Parameters: chat, cursor, limit. */
    public static final String CHANGED_SINCE = "select " + CHANGE_COLUMNS + """

            from messages m join users a on a.id = m.author_id left join users d on d.id = m.deleted_by
            where m.chat_id = ? and m.changed_cursor > ?
            order by m.changed_cursor limit ?""";

    /** Per author, the newest live message in a seq range. Parameters: chat, after seq, up to seq. */
    public static final String LATEST_PER_AUTHOR = """
            select distinct on (m.author_id) m.author_id, m.id, m.seq from messages m
            where m.chat_id = ? and m.seq > ? and m.seq <= ? and m.deleted_at is null
            order by m.author_id, m.seq desc""";

    /**
     * A reader's newest unread messages of others across their chats: at most {@code limit} per chat through the
     * live index, then the newest overall by time and, within a chat, by seq (time never decreases in seq, so each
     * chat's share is its newest seqs). Parameters: reader, limit, limit.
     */
    public static final String NEWEST_UNREAD = "select c.kind, " + MESSAGE_COLUMNS + """

            from chat_members me
            join chats c on c.id = me.chat_id
            cross join lateral (
                select * from messages x
                where x.chat_id = me.chat_id and x.seq > coalesce(me.own_read_seq, me.read_seq) and x.deleted_at is null
                  and x.author_id <> me.user_id
                order by x.seq desc limit ?) m
            join users a on a.id = m.author_id
            where me.user_id = ?
            order by m.sent_at desc, m.chat_id desc, m.seq desc limit ?""";

    private ChatSql() {}
}
