package io.parley.bootstrap.bench;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.support.BenchmarkAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints message search latency (p50/p99 over HTTP) on a table of {@code -Dparley.bench.search.messages} messages
 * (default 200 000; the figure is 10 000 000), filled straight into PostgreSQL in batches, spread over 50
 * chats of which the searching user is in 10. Run it with {@code bench/search [N]}; it asserts nothing.
 */
@Tag("benchmark")
class SearchBenchmark {
    private static final int CHATS = 50;
    private static final int MINE = 10;
    private static final int BATCH = 100_000;
    private static final int QUERIES = 200;
    private final BenchmarkAccess server = BenchmarkAccess.start();
    private final List<String> report = new ArrayList<>();

    @Test
    void searchLatency() throws Exception {
        long total = Long.getLong("parley.bench.search.messages", 200_000);
        BenchmarkAccess.User reader = server.newUser();
        BenchmarkAccess.User stranger = server.newUser();
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < CHATS; i++) {
            BenchmarkAccess.User owner = i < MINE ? reader : stranger;
            chats.add(server.openChat(owner, server.newUser()));
        }
        long started = System.nanoTime();
        fill(chats, stranger, total);
        report.add(String.format(
                "search: filled %d messages in %.1f s (%d chats, the reader in %d)",
                total, (System.nanoTime() - started) / 1e9, CHATS, MINE));
        measure(reader, "rare word (about N/50000 hits)", i -> "/api/v1/search/messages?q=w" + (i * 7919 % 50_000));
        measure(reader, "common word (1% of messages)", i -> "/api/v1/search/messages?q=c" + (i % 100));
        measure(reader, "part of a word (trigram)", i -> "/api/v1/search/messages?q=ord" + (1000 + i % 9000));
        measure(reader, "two words", i -> "/api/v1/search/messages?q=c" + (i % 100) + "+w" + (i * 31 % 50_000));
        measure(reader, "rare word in one chat", i -> "/api/v1/chat/" + chats.get(i % MINE) + "/search?q=w" + i);
        Files.write(Path.of("target", "benchmark.txt"), report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    private interface Query {
        String path(int i);
    }

    private void measure(BenchmarkAccess.User reader, String label, Query query) throws IOException {
        Stopwatch latency = new Stopwatch(QUERIES);
        for (int i = 0; i < QUERIES; i++) {
            long before = System.nanoTime();
            server.get(reader, query.path(i) + (query.path(i).contains("?") ? "&" : "?") + "limit=20");
            latency.record(System.nanoTime() - before);
        }
        report.add(String.format("search, %-32s %s", label, latency.summary()));
    }

    /** Inserts the messages with their seqs and cursors as the server would, in committed batches. */
    private static void fill(List<Long> chats, BenchmarkAccess.User author, long total) throws SQLException {
        TestDatabase.Target db = TestDatabase.shared();
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(), db.password());
                PreparedStatement insert = connection.prepareStatement("""
                        insert into messages (id, chat_id, seq, author_id, kind, text, sent_at,
                                              created_cursor, changed_cursor)
                        select nextval('messages_id_seq'), c.id, c.last_seq + g, ?, 'message',
                               'w' || floor(random() * 50000)::int || ' c' || floor(random() * 100)::int
                                   || ' word' || floor(random() * 10000)::int || ' about lunch and the weather',
                               now(), 0, 0
                        from generate_series(1, ?) g cross join chats c
                        where c.id = ?""");
                Statement statement = connection.createStatement()) {
            long perChat = total / chats.size();
            for (Long chat : chats) {
                for (long done = 0; done < perChat; done += BATCH) {
                    long batch = Math.min(BATCH, perChat - done);
                    insert.setLong(1, author.session().userId());
                    insert.setLong(2, batch);
                    insert.setLong(3, chat);
                    insert.executeUpdate();
                    statement.executeUpdate("update chats set last_seq = last_seq + " + batch + " where id = " + chat);
                }
            }
            statement.execute("vacuum analyze messages");
        }
    }
}
