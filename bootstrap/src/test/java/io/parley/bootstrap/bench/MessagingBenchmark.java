package io.parley.bootstrap.bench;

import io.parley.bootstrap.support.BenchmarkAccess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints throughput and latency of the REST conversation paths against a running server on the tests' PostgreSQL.
 * Not part of the normal suite (tag {@code benchmark}); run it with {@code bench/run}. It measures, it asserts
 * nothing: compare its numbers between commits on the same machine.
 */
@Tag("benchmark")
class MessagingBenchmark {
    private static final int SENDERS = 8;
    private static final int SENDS_EACH = 250;
    private static final int READS = 1000;
    private final BenchmarkAccess server = BenchmarkAccess.start();
    private final List<String> report = new ArrayList<>();

    @Test
    void conversationPaths() throws Exception {
        warmUp();
        sendsIntoOneGroup();
        sendsIntoSeparateChats();
        historyPages();
        chatList();
        Path out = Path.of("target", "benchmark.txt");
        Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    private void warmUp() throws Exception {
        BenchmarkAccess.User a = server.newUser();
        BenchmarkAccess.User b = server.newUser();
        long chat = server.openChat(a, b);
        parallel(2, 200, i -> server.send(a, "/api/v1/chat/" + chat, "warm " + i), new Stopwatch(400));
    }

    private void sendsIntoOneGroup() throws Exception {
        BenchmarkAccess.User owner = server.newUser();
        List<BenchmarkAccess.User> senders = users(SENDERS);
        long group = server.group(owner, senders);
        Stopwatch latency = new Stopwatch(SENDERS * SENDS_EACH);
        double seconds = parallel(
                SENDERS,
                SENDS_EACH,
                i -> server.send(senders.get(i % SENDERS), "/api/v1/group/" + group, "message " + i),
                latency);
        line("send, %d senders into one group", SENDERS, SENDERS * SENDS_EACH / seconds, latency);
    }

    private void sendsIntoSeparateChats() throws Exception {
        List<String> chats = new ArrayList<>();
        List<BenchmarkAccess.User> senders = users(SENDERS);
        for (BenchmarkAccess.User sender : senders) {
            chats.add("/api/v1/chat/" + server.openChat(sender, server.newUser()));
        }
        Stopwatch latency = new Stopwatch(SENDERS * SENDS_EACH);
        double seconds = parallel(
                SENDERS,
                SENDS_EACH,
                i -> server.send(senders.get(i % SENDERS), chats.get(i % SENDERS), "message " + i),
                latency);
        line("send, %d senders into %<d private chats", SENDERS, SENDERS * SENDS_EACH / seconds, latency);
    }

    private void historyPages() throws Exception {
        BenchmarkAccess.User a = server.newUser();
        String chat = "/api/v1/chat/" + server.openChat(a, server.newUser());
        parallel(4, 500, i -> server.send(a, chat, "history " + i), new Stopwatch(2000));
        Stopwatch latency = new Stopwatch(READS);
        double seconds = parallel(
                4, READS / 4, i -> server.get(a, chat + "/messages?limit=50&offset=" + (i % 40) * 50), latency);
        line("history page of 50 (2000 messages), %d readers", 4, READS / seconds, latency);
    }

    private void chatList() throws Exception {
        BenchmarkAccess.User a = server.newUser();
        for (int i = 0; i < 100; i++) {
            long chat = server.openChat(a, server.newUser());
            server.send(a, "/api/v1/chat/" + chat, "hello " + i);
        }
        Stopwatch latency = new Stopwatch(READS);
        double seconds = parallel(4, READS / 4, i -> server.get(a, "/api/v1/chats?limit=50"), latency);
        line("chat list page of 50 (100 chats), %d readers", 4, READS / seconds, latency);
    }

    private List<BenchmarkAccess.User> users(int count) {
        List<BenchmarkAccess.User> users = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            users.add(server.newUser());
        }
        return users;
    }

    /** Runs {@code threads × each} calls and returns the wall time in seconds. */
    private static double parallel(int threads, int each, IntConsumer call, Stopwatch latency) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < each; i++) {
                        long before = System.nanoTime();
                        call.accept(i * threads + thread);
                        latency.record(System.nanoTime() - before);
                    }
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    private void line(String what, int threads, double perSecond, Stopwatch latency) throws IOException {
        report.add(String.format("%-52s %8.0f req/s   %s", String.format(what, threads), perSecond, latency.summary()));
    }
}
