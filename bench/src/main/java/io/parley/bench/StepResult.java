package io.parley.bench;

import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/** The figures of one step of offered rate, and whether it passed (p99 within the bound, nothing lost or refused). */
record StepResult(
        String mode,
        int offered,
        double seconds,
        long sent,
        long acked,
        long refused,
        long unanswered,
        long delivered,
        long expected,
        long lost,
        long duplicated,
        long outOfOrder,
        long senderOrder,
        long misrouted,
        long late,
        long dbDelta,
        Histogram delivery,
        Histogram ack,
        Cpu.Sample cpu,
        Map<String, Long> errors) {
    static final double P99_BOUND_MS = 100;

    /**
     * Every acked send is stored and nothing refused is: the row delta equals the acks, or, while some sends are
     * still unanswered (their answer may still come), lies between the acks and the acks plus those.
     */
    boolean dbMatches() {
        return dbDelta >= acked && dbDelta <= acked + unanswered;
    }

    /** Loss, duplicates, misrouting or a row count that disagrees with the acks: never acceptable at any rate. */
    boolean broken() {
        return lost > 0 || duplicated > 0 || misrouted > 0 || !dbMatches();
    }

    boolean passed() {
        return !broken()
                && refused == 0
                && unanswered == 0
                && ms(delivery.getValueAtPercentile(99)) <= P99_BOUND_MS
                && delivered >= expected * 0.9999;
    }

    double deliveriesPerServerCpuSecond() {
        return cpu.server() <= 0 ? Double.NaN : delivered / cpu.server();
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    static String header() {
        return "| mode | offered/s | acked/s | deliveries/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | ack p50 | ack p99"
                + " | lost | dup | out of order | sender order | misrouted | refused | db rows = acks | server CPU | PG CPU"
                + " | harness CPU | deliveries/server CPU-s | pass |\n"
                + "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|";
    }

    String row() {
        double wall = cpu.seconds();
        return String.format(
                "| %s | %d | %.0f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %d | %d | %d | %d | %d | %d%s |"
                        + " %s | %.0f%% | %.0f%% | %.0f%% | %.0f | %s |",
                mode,
                offered,
                acked / seconds,
                delivered / seconds,
                ms(delivery.getValueAtPercentile(50)),
                ms(delivery.getValueAtPercentile(90)),
                ms(delivery.getValueAtPercentile(99)),
                ms(delivery.getValueAtPercentile(99.9)),
                ms(delivery.getMaxValue()),
                ms(ack.getValueAtPercentile(50)),
                ms(ack.getValueAtPercentile(99)),
                lost,
                duplicated,
                outOfOrder,
                senderOrder,
                misrouted,
                refused,
                unanswered == 0 ? "" : " (+" + unanswered + " unanswered)",
                dbMatches()
                        ? "yes (" + dbDelta + ")"
                        : "NO: " + dbDelta + " rows, " + acked + " acks, " + unanswered + " unanswered",
                100 * cpu.server() / wall,
                100 * cpu.postgres() / wall,
                100 * cpu.harness() / wall,
                deliveriesPerServerCpuSecond(),
                passed() ? "yes" : "no");
    }

    String errorSummary() {
        return errors.isEmpty() ? "" : mode + " " + offered + "/s errors: " + new TreeMap<>(errors);
    }
}
