package io.parley.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Workload A's steps of offered rate against one server (Parley or the ejabberd peer): open-loop Poisson sends from
 * random users into their group, then a drain, then the row check and the step's figures. Every series draws its
 * arrivals from the same seed, so two servers get the same sequence of senders and gaps.
 */
final class Series {
    static final int TEXT_BYTES = 100;

    /** Puts message {@code key} with {@code text} on the wire from user {@code sender} into {@code group}. */
    interface Sender {
        void send(String mode, int sender, Population.Group group, long key, String text);
    }

    /** The rows the server has stored its messages in, counted in its database. */
    interface Rows {
        long count() throws SQLException;
    }

    private final Population population;
    private final Deliveries deliveries;
    private final Sender sender;
    private final Rows rows;
    private final Cpu cpu;
    private final int[] counters;
    private final OpenLoop arrivals = new OpenLoop(42);
    private boolean broken;

    Series(Population population, Deliveries deliveries, Sender sender, Rows rows, Cpu cpu) {
        this.population = population;
        this.deliveries = deliveries;
        this.sender = sender;
        this.rows = rows;
        this.cpu = cpu;
        this.counters = new int[population.users.size()];
    }

    /** Whether any step (the warm-up included) lost, duplicated or misrouted a delivery or miscounted its rows. */
    boolean broken() {
        return broken;
    }

    /**
     * A warm-up step at 200 msgs/s (not reported: it lets a JIT compile the paths), then for each mode the rates in
     * order until one fails.
     */
    List<StepResult> run(List<String> modes, List<Integer> rates, double stepSeconds, double warmupSeconds)
            throws Exception {
        if (warmupSeconds > 0) {
            StepResult warm = step(modes.get(0), 200, warmupSeconds);
            System.out.println("warm-up (not reported): " + warm.row());
        }
        List<StepResult> results = new ArrayList<>();
        for (String mode : modes) {
            for (int rate : rates) {
                StepResult result = step(mode, rate, stepSeconds);
                results.add(result);
                System.out.println(StepResult.header().lines().findFirst().orElseThrow());
                System.out.println(result.row());
                if (!result.errorSummary().isEmpty()) {
                    System.out.println(result.errorSummary());
                }
                if (!result.passed()) {
                    break;
                }
            }
        }
        return results;
    }

    StepResult step(String mode, int rate, double seconds) throws Exception {
        long storedBefore = rows.count();
        Deliveries.Step step = deliveries.startStep();
        Cpu.Sample before = cpu.sample();
        long sendStart = System.nanoTime();
        arrivals.run(rate, seconds, scheduled -> {
            int from = arrivals.nextInt(population.users.size());
            long key = Deliveries.key(from, ++counters[from]);
            Population.Group group = population.groups.get(population.groupOfUser[from]);
            deliveries.sending(key, group.index(), scheduled);
            sender.send(mode, from, group, key, Deliveries.text(key, scheduled, TEXT_BYTES));
        });
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < drainUntil && (deliveries.unanswered(step) > 0 || deliveries.missing(step) > 0)) {
            Thread.sleep(50);
        }
        Cpu.Sample used = cpu.sample().minus(before);
        long delta = rows.count() - storedBefore;
        long missing = deliveries.missing(step);
        long expected = step.acked.get() * population.groups.get(0).members().size();
        StepResult result;
        synchronized (step) {
            result = new StepResult(
                    mode,
                    rate,
                    sendSeconds,
                    step.sent.get(),
                    step.acked.get(),
                    step.refused.get(),
                    deliveries.unanswered(step),
                    step.delivered.get(),
                    expected,
                    missing,
                    step.duplicated.get(),
                    step.outOfOrder.get(),
                    step.senderOrder.get(),
                    step.misrouted.get(),
                    step.late.get(),
                    delta,
                    step.delivery.copy(),
                    step.ack.copy(),
                    used,
                    step.errors.entrySet().stream()
                            .collect(Collectors.toMap(
                                    Map.Entry::getKey, e -> e.getValue().get())));
        }
        deliveries.forget(step);
        broken |= result.broken();
        return result;
    }
}
