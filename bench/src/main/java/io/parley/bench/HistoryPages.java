package io.parley.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Workload D: pages of 50 from a group's history over REST on a messages table of {@code rows} rows (filled straight
 * into the server's database with one {@code insert … select generate_series}, so the fill costs seconds per million
 * instead of hours of sends), read by 1, 8 and 32 closed-loop clients: half the pages the newest, half from a random
 * {@code before_seq}. Every page must answer 200 with 50 messages; anything else is counted as an error.
 */
final class HistoryPages {
    /** One level of concurrency. */
    record Result(int clients, long pages, long errors, double seconds, Histogram latency, Cpu.Sample cpu) {
        double pagesPerSecond() {
            return pages / seconds;
        }

        String row() {
            return String.format(
                    "| %d | %.0f | %.1f | %.1f | %.1f | %d | %.0f%% | %.0f%% |",
                    clients,
                    pagesPerSecond(),
                    StepResult.ms(latency.getValueAtPercentile(50)),
                    StepResult.ms(latency.getValueAtPercentile(99)),
                    StepResult.ms(latency.getMaxValue()),
                    errors,
                    100 * cpu.server() / cpu.seconds(),
                    100 * cpu.postgres() / cpu.seconds());
        }
    }

    static final String HEADER = "| clients | pages/s | p50 ms | p99 ms | max ms | errors | server CPU | PG CPU |\n"
            + "|---:|---:|---:|---:|---:|---:|---:|---:|";

    private HistoryPages() {}

    /** Fills the table, then reads pages at each level for {@code seconds}; the figures, one per level. */
    static List<Result> run(
            ServerUnderTest parley, long rows, double seconds, List<Integer> levels, List<String> report)
            throws Exception {
        Rest rest = new Rest(parley.base());
        Population pair = Population.create(rest, 1, 2, "d" + Long.toString(System.nanoTime() % 1_000_000, 36));
        Population.Group group = pair.groups.get(0);
        long began = System.nanoTime();
        fill(parley, group, rows);
        report.add(String.format(
                "workload D: %,d messages in one group, filled in %.1f s; pages of 50 over REST",
                rows, (System.nanoTime() - began) / 1e9));
        System.out.println(report.get(report.size() - 1));
        String token = group.members().get(1).token();
        List<Result> results = new ArrayList<>();
        Cpu cpu = new Cpu(parley.pid());
        // warms the server's JIT and the database's cache of the index; its figures are not reported
        read(parley.base(), group.chatId(), token, rows, 4, 10, cpu);
        for (int clients : levels) {
            Result result = read(parley.base(), group.chatId(), token, rows, clients, seconds, cpu);
            results.add(result);
            System.out.println(HEADER.lines().findFirst().orElseThrow());
            System.out.println(result.row());
        }
        return results;
    }

    /** Inserts {@code rows} messages of ~100 characters, alternately by the group's two members, in batches. */
    private static void fill(ServerUnderTest parley, Population.Group group, long rows) throws SQLException {
        long alice = group.members().get(0).id();
        long bob = group.members().get(1).id();
        try (Connection db = parley.database()) {
            long batch = 1_000_000;
            for (long from = 1; from <= rows; from += batch) {
                long to = Math.min(rows, from + batch - 1);
                try (PreparedStatement insert = db.prepareStatement("""
                        insert into messages (id, chat_id, seq, author_id, text, sent_at, created_cursor, changed_cursor)
                        select nextval('messages_id_seq'), ?, g, case when g % 2 = 0 then ? else ? end,
                               'history ' || g || ' ' || repeat(md5(g::text), 3),
                               now() - make_interval(secs => (? - g)::double precision / 100), g, g
                        from generate_series(?::bigint, ?::bigint) g""")) {
                    insert.setLong(1, group.chatId());
                    insert.setLong(2, alice);
                    insert.setLong(3, bob);
                    insert.setLong(4, rows);
                    insert.setLong(5, from);
                    insert.setLong(6, to);
                    insert.executeUpdate();
                }
            }
            try (PreparedStatement chat =
                    db.prepareStatement("update chats set last_seq = ?, last_change = ? where id = ?")) {
                chat.setLong(1, rows);
                chat.setLong(2, rows);
                chat.setLong(3, group.chatId());
                chat.executeUpdate();
            }
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze messages");
            }
        }
    }

    private static Result read(URI base, long chat, String token, long rows, int clients, double seconds, Cpu cpu)
            throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        Recorder latency = new Recorder(3);
        AtomicLong pages = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long end = System.nanoTime() + (long) (seconds * 1e9);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        Cpu.Sample before = cpu.sample();
        try {
            List<Future<?>> readers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                SplittableRandom random = new SplittableRandom(c);
                readers.add(pool.submit(() -> {
                    while (System.nanoTime() < end) {
                        String query = random.nextBoolean()
                                ? "limit=50"
                                : "limit=50&before_seq=" + (51 + random.nextLong(rows - 50));
                        HttpRequest request = HttpRequest.newBuilder(
                                        base.resolve("/api/v1/group/" + chat + "/messages?" + query))
                                .timeout(Duration.ofSeconds(10))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build();
                        long start = System.nanoTime();
                        HttpResponse<String> page = http.send(request, HttpResponse.BodyHandlers.ofString());
                        latency.recordValue(System.nanoTime() - start);
                        if (page.statusCode() == 200 && fullPage(page.body())) {
                            pages.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> reader : readers) {
                reader.get();
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(5, TimeUnit.SECONDS);
        }
        Cpu.Sample used = cpu.sample().minus(before);
        return new Result(clients, pages.get(), errors.get(), used.seconds(), latency.getIntervalHistogram(), used);
    }

    /** True if the page lists 50 messages (the answer is a list, or an object with a {@code messages} list). */
    private static boolean fullPage(String body) throws java.io.IOException {
        JsonNode page = Rest.JSON.readTree(body);
        JsonNode messages = page.isArray() ? page : page.path("messages");
        return messages.size() == 50;
    }

    /** The levels of concurrency the issue names. */
    static final List<Integer> LEVELS = List.of(1, 8, 32);

    /** For the goals table: the best pages/s at p99 ≤ 20 ms, with that level's figures. */
    static Map.Entry<Double, Result> best(List<Result> results) {
        Result best = null;
        for (Result r : results) {
            if (r.errors() == 0
                    && StepResult.ms(r.latency().getValueAtPercentile(99)) <= 20
                    && (best == null || r.pagesPerSecond() > best.pagesPerSecond())) {
                best = r;
            }
        }
        return best == null ? null : Map.entry(best.pagesPerSecond(), best);
    }
}
