package io.parley.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The tables bench/run prints: every step's figures, the headline per mode, and, when the ejabberd peer ran, one
 * side-by-side table of Parley over its socket and ejabberd over XMPP-over-WebSocket at the same offered rates, with
 * the ratio of their highest passing rates (the figure that survives a shared, noisy machine).
 */
final class Report {
    static final String PEER_MODE = "ejabberd";

    private Report() {}

    static int best(List<StepResult> results, String mode) {
        return results.stream()
                .filter(r -> r.mode().equals(mode) && r.passed())
                .mapToInt(StepResult::offered)
                .max()
                .orElse(0);
    }

    static String headline(List<StepResult> results, String mode, int size) {
        int best = best(results, mode);
        return String.format(
                "headline %s: highest offered rate with p99 <= %.0f ms, zero loss, nothing refused: %d msgs/s"
                        + " (%d deliveries/s)",
                mode, StepResult.P99_BOUND_MS, best, best * size);
    }

    /** Every step of every mode, then the errors by step. */
    static List<String> steps(List<StepResult> results) {
        List<String> lines = new ArrayList<>();
        lines.add(StepResult.header());
        results.forEach(result -> lines.add(result.row()));
        results.stream().map(StepResult::errorSummary).filter(s -> !s.isEmpty()).forEach(lines::add);
        return lines;
    }

    /**
     * Rate | Parley p50/p99/loss/CPU | ejabberd p50/p99/loss/CPU for every rate either ran ({@code parleyMode}: the
     * socket, the mode that compares with XMPP over WebSocket), then the headline ratio.
     */
    static List<String> sideBySide(List<StepResult> results, String parleyMode) {
        List<String> lines = new ArrayList<>();
        lines.add("| offered msgs/s | Parley p50 ms | Parley p99 ms | Parley lost | Parley / PG CPU | Parley pass"
                + " | ejabberd p50 ms | ejabberd p99 ms | ejabberd lost | ejabberd / PG CPU | ejabberd pass |");
        lines.add("|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|---|");
        TreeSet<Integer> rates = new TreeSet<>();
        results.stream()
                .filter(r -> r.mode().equals(parleyMode) || r.mode().equals(PEER_MODE))
                .forEach(r -> rates.add(r.offered()));
        for (int rate : rates) {
            lines.add("| " + rate + " | " + cells(find(results, parleyMode, rate)) + " | "
                    + cells(find(results, PEER_MODE, rate)) + " |");
        }
        int parley = best(results, parleyMode);
        int peer = best(results, PEER_MODE);
        lines.add("");
        lines.add(String.format(
                "side by side: Parley (%s) %d msgs/s, ejabberd %d msgs/s at p99 <= %.0f ms with zero loss: ratio %s",
                parleyMode,
                parley,
                peer,
                StepResult.P99_BOUND_MS,
                peer == 0 ? "n/a (ejabberd passed no step)" : String.format("%.2fx", (double) parley / peer)));
        return lines;
    }

    private static Optional<StepResult> find(List<StepResult> results, String mode, int rate) {
        return results.stream()
                .filter(r -> r.mode().equals(mode) && r.offered() == rate)
                .findFirst();
    }

    private static String cells(Optional<StepResult> step) {
        if (step.isEmpty()) {
            return "– | – | – | – | –";
        }
        StepResult r = step.get();
        double wall = r.cpu().seconds();
        return String.format(
                "%.1f | %.1f | %d | %.0f%% / %.0f%% | %s",
                StepResult.ms(r.delivery().getValueAtPercentile(50)),
                StepResult.ms(r.delivery().getValueAtPercentile(99)),
                r.lost(),
                100 * r.cpu().server() / wall,
                100 * r.cpu().postgres() / wall,
                r.passed() ? "yes" : "no");
    }
}
