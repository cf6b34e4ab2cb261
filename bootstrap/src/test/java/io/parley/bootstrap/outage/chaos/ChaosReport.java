package io.parley.bootstrap.outage.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The chaos test's table, printed and written to {@code target/chaos-report.txt} (which {@code bench/chaos} shows). */
public final class ChaosReport {
    private static final String ROW = "| %-30s | %6s | %6s | %11s | %10s | %4s | %13s |%n";

    private ChaosReport() {}

    public static String table(ChaosScale scale, List<ChaosRow> rows) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(
                "chaos test, %s form: %d senders and %d lurkers on 2 nodes, a send every %d ms per sender%n",
                scale.isLong() ? "long" : "short",
                scale.senders(),
                scale.lurkers(),
                scale.sendInterval().toMillis()));
        out.append(String.format(ROW, "fault", "acked", "stored", "delivered", "duplicates", "lost", "recovery time"));
        out.append(String.format(
                ROW,
                "-".repeat(30),
                "-".repeat(6),
                "-".repeat(6),
                "-".repeat(11),
                "-".repeat(10),
                "-".repeat(4),
                "-".repeat(13)));
        for (ChaosRow row : rows) {
            out.append(String.format(
                    ROW,
                    row.fault(),
                    row.acked(),
                    row.stored(),
                    row.delivered() + "/" + row.expected(),
                    row.duplicates(),
                    row.lost(),
                    row.recoveryText()));
        }
        for (ChaosRow row : rows) {
            out.append(String.format(
                    "%s: %d sends or reads retried, %d reconnects with resume, %d gaps filled from history%n",
                    row.fault(), row.retries(), row.reconnects(), row.gaps()));
            row.problems().stream()
                    .limit(20)
                    .forEach(p -> out.append("  problem: ").append(p).append('\n'));
        }
        return out.toString();
    }

    /** Prints the table and writes it to {@code target/chaos-report.txt}. */
    public static void publish(String table) {
        System.out.print(table);
        try {
            Path file = Path.of("target", "chaos-report.txt");
            Files.createDirectories(file.getParent());
            Files.writeString(file, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
