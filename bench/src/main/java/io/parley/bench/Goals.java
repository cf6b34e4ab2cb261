package io.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The goals table: each goal with the figure this run measured and whether it was met; a goal whose workload
 * did not run says so instead of a figure. What stands in the way of an unmet goal is in docs/performance.md.
 */
final class Goals {
    private final List<String> rows = new ArrayList<>();

    /** Workload A (rooms of 10): the highest socket rate with p99 ≤ 50 ms and nothing lost. */
    Goals roomsOfTen(List<StepResult> socketSteps, Integer peerBest) {
        int best = highest(socketSteps, 50);
        String vsPeer = peerBest == null
                ? "peer not run"
                : String.format("%.2f× ejabberd's %d", peerBest == 0 ? Double.NaN : (double) best / peerBest, peerBest);
        row(
                "A, rooms of 10",
                "≥ 5,000 msgs/s at p99 ≤ 50 ms, zero loss; ≥ 2× ejabberd",
                best + " msgs/s; " + vsPeer,
                best >= 5000 && peerBest != null && best >= 2 * peerBest);
        Optional<StepResult> at1000 =
                socketSteps.stream().filter(s -> s.offered() == 1000).findFirst();
        row(
                "A at 1,000 msgs/s",
                "p50 ≤ 3 ms, p99 ≤ 15 ms",
                at1000.map(s -> String.format("p50 %.1f ms, p99 %.1f ms", p(s, 50), p(s, 99)))
                        .orElse("not reached"),
                at1000.isPresent() && p(at1000.get(), 50) <= 3 && p(at1000.get(), 99) <= 15);
        return this;
    }

    /** Workload B (rooms of 100): the highest rate with p99 ≤ 100 ms and nothing lost. */
    Goals roomsOfHundred(List<StepResult> steps) {
        if (steps == null) {
            return row("B, rooms of 100", "≥ 700 msgs/s at p99 ≤ 100 ms", "not run", false);
        }
        int best = highest(steps, 100);
        return row(
                "B, rooms of 100",
                "≥ 700 msgs/s at p99 ≤ 100 ms",
                best + " msgs/s (" + best * 100 + " deliveries/s)",
                best >= 700);
    }

    Goals idleSockets(IdleSockets.Result c) {
        if (c == null) {
            return row("C, idle sockets", "15,000 at ≤ 25 KiB heap each", "not run", false);
        }
        return row(
                "C, idle sockets",
                "15,000 at ≤ 25 KiB heap each; RSS ≤ ejabberd's",
                String.format(
                        "%,d at %.1f KiB heap, %.1f KiB RSS each (ejabberd's RSS not measured)",
                        c.sockets(), c.heapKibPerSocket(), c.rssKibPerSocket()),
                c.sockets() >= 15000 && c.heapKibPerSocket() <= 25);
    }

    Goals history(List<HistoryPages.Result> d, long rows) {
        if (d == null) {
            return row("D, history", "≥ 2,000 pages/s at p99 ≤ 20 ms on 10 M rows", "not run", false);
        }
        var best = HistoryPages.best(d);
        String figure = best == null
                ? "no level held p99 ≤ 20 ms"
                : String.format(
                        "%.0f pages/s at %d clients, p99 %.1f ms",
                        best.getKey(),
                        best.getValue().clients(),
                        StepResult.ms(best.getValue().latency().getValueAtPercentile(99)));
        return row(
                "D, history",
                "≥ 2,000 pages/s at p99 ≤ 20 ms on 10 M rows",
                figure + String.format(" (%,d rows)", rows),
                best != null && best.getKey() >= 2000 && rows >= 10_000_000);
    }

    /** {@code withArchive}: the start with a class-data archive of an earlier one, null if not measured. */
    Goals coldStart(double seconds, Double withArchive) {
        String archived = withArchive == null
                ? ""
                : String.format("; %.2f s with a class-data archive of an earlier start", withArchive);
        return row(
                "E, cold start",
                "≤ 1.5 s to /health 200, external database, JDK 17",
                String.format("%.2f s (JDK %s)%s", seconds, Runtime.version().feature(), archived),
                seconds <= 1.5 || (withArchive != null && withArchive <= 1.5));
    }

    List<String> table() {
        List<String> table = new ArrayList<>();
        table.add("| workload | goal | measured | met |");
        table.add("|---|---|---|---|");
        table.addAll(rows);
        return table;
    }

    private Goals row(String workload, String goal, String measured, boolean met) {
        rows.add("| " + workload + " | " + goal + " | " + measured + " | " + (met ? "yes" : "no") + " |");
        return this;
    }

    /** The highest offered rate that lost nothing, refused nothing and held p99 within {@code boundMs}. */
    static int highest(List<StepResult> steps, double boundMs) {
        return steps.stream()
                .filter(s -> s.passed() && p(s, 99) <= boundMs)
                .mapToInt(StepResult::offered)
                .max()
                .orElse(0);
    }

    private static double p(StepResult step, double percentile) {
        return StepResult.ms(step.delivery().getValueAtPercentile(percentile));
    }
}
