package io.parley.adapter.persistence.chat;

import io.parley.adapter.persistence.Sql;
import io.parley.application.model.ThreadSummaryView;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The summaries of the threads a batch of messages start, in one query over the partial index of thread replies (a
 * page without roots costs one index probe per message): live replies only, so a deleted reply drops out.
 */
final class ThreadSummaryRows {
    private static final String SUMMARIES = """
            with replies as (
                select r.thread_root, r.id, r.thread_seq, r.author_id, r.sent_at
                from messages r where r.thread_root = any(?) and r.deleted_at is null),
            firsts as (
                select thread_root, author_id, min(thread_seq) as first_seq from replies group by thread_root, author_id),
            lasts as (
                select distinct on (thread_root) * from replies order by thread_root, thread_seq desc)
            select l.thread_root, l.id, l.thread_seq, l.author_id, a.name as author_name, l.sent_at,
                   (select count(*) from replies c where c.thread_root = l.thread_root) as reply_count,
                   root.author_id as root_author,
                   (select array_agg(f.author_id order by f.first_seq) from firsts f
                    where f.thread_root = l.thread_root) as repliers
            from lasts l join users a on a.id = l.author_id join messages root on root.id = l.thread_root""";

    private final Sql sql;

    ThreadSummaryRows(Sql sql) {
        this.sql = sql;
    }

    /** Per root among {@code ids} that has live replies, its thread's summary. */
    Map<Long, ThreadSummaryView> summariesOf(List<Long> ids) {
        Map<Long, ThreadSummaryView> byRoot = new HashMap<>();
        if (ids.isEmpty()) {
            return byRoot;
        }
        sql.list(
                SUMMARIES,
                row -> {
                    long rootAuthor = row.getLong("root_author");
                    List<Long> participants = new ArrayList<>(List.of(rootAuthor));
                    Arrays.stream((Long[]) row.getArray("repliers").getArray())
                            .filter(user -> user != rootAuthor)
                            .forEach(participants::add);
                    return byRoot.put(
                            row.getLong("thread_root"),
                            new ThreadSummaryView(
                                    row.getLong("reply_count"),
                                    new ThreadSummaryView.LastReply(
                                            row.getLong("id"),
                                            row.getLong("thread_seq"),
                                            row.getLong("author_id"),
                                            row.getString("author_name"),
                                            Sql.instant(row, "sent_at")),
                                    participants));
                },
                sql.longs(ids));
        return byRoot;
    }
}
