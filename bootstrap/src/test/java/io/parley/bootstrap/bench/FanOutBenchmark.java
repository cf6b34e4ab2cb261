package io.parley.bootstrap.bench;

import io.parley.bootstrap.support.BenchmarkAccess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how fast messages reach connected sockets: one sender into a group whose members all listen on their main
 * socket (send-to-arrival latency per delivery, deliveries per second), and sends over the socket itself (acks per
 * second). Client and server share the machine's cores, so these are lower bounds. Run with {@code bench/run}.
 */
@Tag("benchmark")
class FanOutBenchmark {
    private static final int MEMBERS = 100;
    private static final int MESSAGES = 200;
    private static final int SOCKET_SENDS = 1000;
    private static final int WINDOW = 32;
    private final BenchmarkAccess server = BenchmarkAccess.start();
    private final List<String> report = new ArrayList<>();

    @Test
    void socketDelivery() throws Exception {
        groupFanOut();
        sendsOverTheSocket();
        Path out = Path.of("target", "benchmark.txt");
        Files.write(out, report, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        report.forEach(System.out::println);
    }

    private void groupFanOut() throws Exception {
        BenchmarkAccess.User owner = server.newUser();
        List<BenchmarkAccess.User> members = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            members.add(server.newUser());
        }
        long group = server.group(owner, members);
        List<BenchmarkAccess.Listener> listeners = new ArrayList<>();
        for (BenchmarkAccess.User member : members) {
            listeners.add(server.listen(member, "fan-"));
        }
        for (BenchmarkAccess.Listener listener : listeners) {
            listener.awaitOpen();
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        for (int i = 0; i < MESSAGES; i++) {
            String text = "fan-" + i;
            sentAt.put(text, System.nanoTime());
            server.send(owner, "/api/v1/group/" + group, text);
        }
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (listeners.stream().mapToInt(BenchmarkAccess.Listener::received).sum() < MEMBERS * MESSAGES
                && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Stopwatch latency = new Stopwatch(MEMBERS * MESSAGES);
        int delivered = 0;
        for (BenchmarkAccess.Listener listener : listeners) {
            for (Map.Entry<String, Long> sent : sentAt.entrySet()) {
                Long arrived = listener.arrival(sent.getKey());
                if (arrived != null) {
                    latency.record(arrived - sent.getValue());
                    delivered++;
                }
            }
            listener.close();
        }
        report.add(String.format(
                "%-52s %8.0f deliveries/s   %s   (%d of %d delivered)",
                String.format("REST send -> %d main sockets of one group", MEMBERS),
                delivered / seconds,
                latency.summary(),
                delivered,
                MEMBERS * MESSAGES));
    }

    private void sendsOverTheSocket() throws Exception {
        BenchmarkAccess.User sender = server.newUser();
        long chat = server.openChat(sender, server.newUser());
        try (BenchmarkAccess.Sender socket = server.sender(sender, chat, WINDOW)) {
            Thread.sleep(500);
            long start = System.nanoTime();
            for (int i = 0; i < SOCKET_SENDS; i++) {
                socket.send("ws-" + i, "bench-" + i);
            }
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (socket.acks() < SOCKET_SENDS && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            report.add(String.format(
                    "%-52s %8.0f acks/s   (%d of %d acknowledged, %d errors, in %.2f s)",
                    "WebSocket send, one socket, 32 unanswered at most",
                    socket.acks() / seconds,
                    socket.acks(),
                    SOCKET_SENDS,
                    socket.errors(),
                    seconds));
        }
    }
}
