package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.ThreadListing;
import io.parley.application.port.ThreadRepository;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * Threads in PostgreSQL: a reply is a row of {@code messages} naming its {@code thread_root}; the root's
 * {@code thread_last_seq} is the thread's counter, and {@code thread_reads} holds each participant's pointer.
 */
@Singleton
public final class JdbcThreadRepository implements ThreadRepository {
    private static final String SELECT = "select " + ChatSql.MESSAGE_COLUMNS
            + " from messages m join users a on a.id = m.author_id where m.deleted_at is null";

    /** Parameters: user, chat, limit, offset. */
    private static final String THREADS_OF = "select " + ChatSql.MESSAGE_COLUMNS + """
            , tr.read_thread_seq,
                   (select count(*) from messages u
                    where u.thread_root = tr.root_id and u.deleted_at is null
                      and u.thread_seq > tr.read_thread_seq and u.author_id <> tr.user_id) as unread_count
            from thread_reads tr
            join messages m on m.id = tr.root_id and m.deleted_at is null
            join users a on a.id = m.author_id
            left join lateral (
                select max(r.sent_at) as at from messages r where r.thread_root = tr.root_id and r.deleted_at is null)
                last on true
            where tr.user_id = ? and tr.chat_id = ?
            order by last.at desc nulls last, m.seq desc
            limit ? offset ?""";

    private final Sql sql;
    private final MessageFileRows files;
    private final MessageExtraRows extras;

    public JdbcThreadRepository(Sql sql) {
        this.sql = sql;
        this.files = new MessageFileRows(sql);
        this.extras = new MessageExtraRows(sql);
    }

    @Override
    public OptionalLong nextThreadSeq(ChatId chat, MessageId root) {
        return sql.one(
                        MessageKeys.NEXT_THREAD_SEQ,
                        row -> row.getBoolean("counted") ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty(),
                        chat.value(),
                        root.value(),
                        chat.value())
                .orElse(OptionalLong.empty());
    }

    @Override
    public long latestThreadSeq(ChatId chat, MessageId root) {
        return sql.one(
                        MessageKeys.LATEST_THREAD_SEQ,
                        row -> row.getLong("chat_id") == chat.value() ? row.getLong(1) : 0L,
                        root.value())
                .orElse(0L);
    }

    @Override
    public long advanceRead(ChatId chat, MessageId root, UserId rootAuthor, UserId reader, long threadSeq) {
        if (!rootAuthor.equals(reader)) {
            sql.update("""
                    insert into thread_reads (root_id, user_id, chat_id, read_thread_seq) values (?, ?, ?, 0)
                    on conflict (root_id, user_id) do nothing""", root.value(), rootAuthor.value(), chat.value());
        }
        return sql.one("""
                        insert into thread_reads (root_id, user_id, chat_id, read_thread_seq) values (?, ?, ?, ?)
                        on conflict (root_id, user_id) do update
                        set read_thread_seq = greatest(thread_reads.read_thread_seq, excluded.read_thread_seq)
                        returning read_thread_seq""", row -> row.getLong(1), root.value(), reader.value(), chat.value(), threadSeq)
                .orElseThrow();
    }

    @Override
    public long readPointer(MessageId root, UserId reader) {
        return sql.one(
                        "select read_thread_seq from thread_reads where root_id = ? and user_id = ?",
                        row -> row.getLong(1),
                        root.value(),
                        reader.value())
                .orElse(0L);
    }

    @Override
    public long unreadCount(MessageId root, UserId reader) {
        return sql.number("""
                select count(*) from messages u
                where u.thread_root = ? and u.deleted_at is null and u.author_id <> ?
                  and u.thread_seq > coalesce(
                      (select read_thread_seq from thread_reads where root_id = ? and user_id = ?), 0)""", root.value(), reader.value(), root.value(), reader.value());
    }

    @Override
    public List<AuthoredMessage> page(ChatId chat, MessageId root, HistoryPage page) {
        int rows = page.limit() + 1;
        long upper = page.beforeSeq() != null ? page.beforeSeq() : Long.MAX_VALUE;
        if (page.afterSeq() != null) {
            return extras.withExtras(files.withFiles(sql.list(
                    SELECT + " and m.thread_root = ? and m.chat_id = ? and m.thread_seq > ? and m.thread_seq < ?"
                            + " order by m.thread_seq limit ?",
                    ChatRows::authoredMessage,
                    root.value(),
                    chat.value(),
                    page.afterSeq(),
                    upper,
                    rows)));
        }
        List<AuthoredMessage> newestFirst = sql.list(
                SELECT + " and m.thread_root = ? and m.chat_id = ? and m.thread_seq < ?"
                        + " order by m.thread_seq desc limit ? offset ?",
                ChatRows::authoredMessage,
                root.value(),
                chat.value(),
                upper,
                rows,
                page.offset());
        List<AuthoredMessage> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return extras.withExtras(files.withFiles(oldestFirst));
    }

    @Override
    public List<ThreadListing> threadsOf(ChatId chat, UserId user, int limit, long offset) {
        List<long[]> state = new ArrayList<>();
        List<AuthoredMessage> roots = sql.list(
                THREADS_OF,
                row -> {
                    state.add(new long[] {row.getLong("read_thread_seq"), row.getLong("unread_count")});
                    return ChatRows.authoredMessage(row);
                },
                user.value(),
                chat.value(),
                limit,
                offset);
        List<AuthoredMessage> complete = extras.withExtras(files.withFiles(roots));
        List<ThreadListing> listings = new ArrayList<>();
        for (int i = 0; i < complete.size(); i++) {
            listings.add(new ThreadListing(complete.get(i), state.get(i)[0], state.get(i)[1]));
        }
        return listings;
    }
}
