package io.parley.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The load harness (bench/run): workload A, rooms of {@code size} members, each member on their main socket; steps of
 * offered rate over the socket (and over REST) until a step fails; then prints one table and writes it to
 * {@code --out}. Exits 1 if any step lost, duplicated or misrouted a delivery or stored a different number of rows
 * than it acknowledged; never for a time.
 */
public final class Bench {
    private static final int TEXT_BYTES = 100;

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        boolean quick = options.containsKey("quick");
        int groups = Integer.parseInt(options.getOrDefault("groups", quick ? "10" : "200"));
        int size = Integer.parseInt(options.getOrDefault("size", "10"));
        double stepSeconds = Double.parseDouble(options.getOrDefault("step-seconds", quick ? "8" : "15"));
        List<Integer> rates = Arrays.stream(options.getOrDefault(
                                "rates", quick ? "100,300" : "100,300,500,700,1000,1500,2000,3000,4000,5000")
                        .split(","))
                .map(Integer::parseInt)
                .toList();
        List<String> modes =
                List.of(options.getOrDefault("modes", quick ? "ws" : "ws,rest").split(","));
        Path out = Path.of(options.getOrDefault("out", "bench/target/bench-results.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ServerUnderTest.Options server = new ServerUnderTest.Options(
                Path.of(options.getOrDefault("jar", "bootstrap/target/parley.jar")),
                options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("server-heap", "1g"),
                out.resolveSibling("server.log"),
                options.containsKey("jfr") ? Path.of(options.get("jfr")).toAbsolutePath() : null,
                serverEnv(options.getOrDefault("server-env", "")));
        ServerUnderTest.requireFile(server.serverJar());
        List<String> report = new ArrayList<>();
        boolean broken = false;
        List<String> workloads = List.of(
                options.getOrDefault("workloads", quick ? "A" : "A,B,C,D").split(","));
        Goals goals = new Goals();
        Map<String, List<StepResult>> plotted = new LinkedHashMap<>();
        try (ServerUnderTest parley = ServerUnderTest.start(server)) {
            report.add(String.format(
                    "workload E, cold start to /health 200 (external PostgreSQL, empty database): %.2f s",
                    parley.coldStartSeconds()));
            System.out.println(report.get(report.size() - 1));
            goals.coldStart(parley.coldStartSeconds());
            if (workloads.contains("A")) {
                Series a = workloadA(parley, groups, size, stepSeconds, rates, modes, report, options);
                broken |= a.broken();
                List<StepResult> ws = a.of("ws");
                goals.roomsOfTen(ws, null);
                a.modes().forEach(mode -> plotted.put("Parley, " + mode, a.of(mode)));
            }
            if (workloads.contains("B")) {
                List<Integer> bRates = Arrays.stream(options.getOrDefault("b-rates", "100,300,500,700,1000,1500")
                                .split(","))
                        .map(Integer::parseInt)
                        .toList();
                report.add("");
                report.add("workload B: rooms of 100");
                Series b = workloadA(parley, 10, 100, stepSeconds, bRates, List.of("ws"), report, options);
                broken |= b.broken();
                goals.roomsOfHundred(b.of("ws"));
            } else {
                goals.roomsOfHundred(null);
            }
            IdleSockets.Result c = null;
            if (workloads.contains("C")) {
                c = IdleSockets.run(parley, Integer.parseInt(options.getOrDefault("sockets", "15000")));
                report.add("");
                report.add(c.line());
                System.out.println(c.line());
            }
            goals.idleSockets(c);
            long historyRows = Long.parseLong(options.getOrDefault("history-rows", "2000000"));
            List<HistoryPages.Result> d = null;
            if (workloads.contains("D")) {
                report.add("");
                d = HistoryPages.run(
                        parley,
                        historyRows,
                        Double.parseDouble(options.getOrDefault("history-seconds", "10")),
                        HistoryPages.LEVELS,
                        report);
                report.add(HistoryPages.HEADER);
                d.forEach(result -> report.add(result.row()));
                broken |= d.stream().anyMatch(result -> result.errors() > 0);
            }
            goals.history(d, historyRows);
        }
        Plot.p99AgainstRate(plotted, out.resolveSibling("p99-against-rate.png"));
        report.add("");
        report.add("goals (issue 16):");
        report.addAll(goals.table());
        print(goals.table());
        Files.write(out, report);
        System.out.println("written to " + out + " (plot: " + out.resolveSibling("p99-against-rate.png") + ")");
        System.exit(broken ? 1 : 0);
    }

    /** The steps of one workload, and whether any of them lost, duplicated or misrouted a delivery. */
    record Series(List<StepResult> steps, boolean broken) {
        List<StepResult> of(String mode) {
            return steps.stream().filter(s -> s.mode().equals(mode)).toList();
        }

        List<String> modes() {
            return steps.stream().map(StepResult::mode).distinct().toList();
        }
    }

    private static Series workloadA(
            ServerUnderTest parley,
            int groups,
            int size,
            double stepSeconds,
            List<Integer> rates,
            List<String> modes,
            List<String> report,
            Map<String, String> options)
            throws Exception {
        long began = System.nanoTime();
        Population population = Population.create(
                new Rest(parley.base()), groups, size, Long.toString(System.currentTimeMillis() % 1_000_000, 36));
        report.add(String.format(
                "workload A: %d users in %d groups of %d, created over REST in %.1f s",
                population.users.size(), groups, size, (System.nanoTime() - began) / 1e9));
        System.out.println(report.get(report.size() - 1));
        Deliveries deliveries = new Deliveries(population, size);
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        List<MainSocket> sockets = new ArrayList<>();
        boolean broken = false;
        try {
            began = System.nanoTime();
            for (Population.User user : population.users) {
                sockets.add(MainSocket.open(loop, parley.base(), user, deliveries));
            }
            report.add(
                    String.format("%d main sockets open in %.1f s", sockets.size(), (System.nanoTime() - began) / 1e9));
            System.out.println(report.get(report.size() - 1));
            Thread.sleep(1000);
            Rest rest = new Rest(parley.base());
            Cpu cpu = new Cpu(parley.pid());
            int[] counters = new int[population.users.size()];
            OpenLoop arrivals = new OpenLoop(42);
            List<StepResult> results = new ArrayList<>();
            double warmup = Double.parseDouble(
                    options.getOrDefault("warmup-seconds", options.containsKey("quick") ? "3" : "10"));
            if (warmup > 0) {
                // lets the server's JIT compile the send and delivery paths; its figures are not reported, but a
                // loss or duplicate in it still counts
                StepResult warm = step(
                        modes.get(0),
                        200,
                        warmup,
                        parley,
                        population,
                        sockets,
                        rest,
                        cpu,
                        deliveries,
                        counters,
                        arrivals);
                broken |= warm.broken();
                System.out.println("warm-up (not reported): " + warm.row());
            }
            for (String mode : modes) {
                for (int rate : rates) {
                    StepResult result = step(
                            mode,
                            rate,
                            stepSeconds,
                            parley,
                            population,
                            sockets,
                            rest,
                            cpu,
                            deliveries,
                            counters,
                            arrivals);
                    results.add(result);
                    broken |= result.broken();
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
            report.add("");
            report.add(StepResult.header());
            results.forEach(result -> report.add(result.row()));
            results.stream()
                    .map(StepResult::errorSummary)
                    .filter(s -> !s.isEmpty())
                    .forEach(report::add);
            report.add("");
            for (String mode : modes) {
                int best = results.stream()
                        .filter(r -> r.mode().equals(mode) && r.passed())
                        .mapToInt(StepResult::offered)
                        .max()
                        .orElse(0);
                report.add(String.format(
                        "headline %s: highest offered rate with p99 <= %.0f ms, zero loss, nothing refused: %d msgs/s"
                                + " (%d deliveries/s)",
                        mode, StepResult.P99_BOUND_MS, best, best * size));
            }
            report.add(
                    deliveries.closedSockets() == 0
                            ? "no socket closed during the run"
                            : deliveries.closedSockets() + " sockets closed during the run");
            report.add(
                    broken
                            ? "BROKEN: a step lost, duplicated or misrouted deliveries or its rows disagree with its acks"
                            : "no step lost, duplicated or misrouted a delivery; every step's stored rows equal its acks");
            print(report.subList(report.size() - modes.size() - 2, report.size()));
            return new Series(results, broken);
        } finally {
            sockets.forEach(MainSocket::close);
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static StepResult step(
            String mode,
            int rate,
            double seconds,
            ServerUnderTest parley,
            Population population,
            List<MainSocket> sockets,
            Rest rest,
            Cpu cpu,
            Deliveries deliveries,
            int[] counters,
            OpenLoop arrivals)
            throws Exception {
        long storedBefore = parley.storedMessages();
        Deliveries.Step step = deliveries.startStep();
        Cpu.Sample before = cpu.sample();
        long sendStart = System.nanoTime();
        arrivals.run(rate, seconds, scheduled -> {
            int sender = arrivals.nextInt(population.users.size());
            int group = population.groupOfUser[sender];
            long key = Deliveries.key(sender, ++counters[sender]);
            String text = Deliveries.text(key, scheduled, TEXT_BYTES);
            long chatId = population.groups.get(group).chatId();
            deliveries.sending(key, group, scheduled);
            if (mode.equals("ws")) {
                sockets.get(sender)
                        .send("{\"type\":\"message\",\"group_id\":" + chatId + ",\"text\":\"" + text
                                + "\",\"client_id\":\"b" + key + "\"}");
            } else {
                rest.postAsync(
                                "/api/v1/group/" + chatId + "/messages",
                                population.users.get(sender).token(),
                                "{\"text\":\"" + text + "\",\"client_id\":\"b" + key + "\"}")
                        .whenComplete((response, failure) -> {
                            if (failure != null) {
                                deliveries.refused(key, failure.getClass().getSimpleName());
                            } else if (response.statusCode() == 201) {
                                deliveries.acked(key, System.nanoTime());
                            } else {
                                deliveries.refused(key, "http " + response.statusCode());
                            }
                        });
            }
        });
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        long drainUntil = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (System.nanoTime() < drainUntil && (deliveries.unanswered(step) > 0 || deliveries.missing(step) > 0)) {
            Thread.sleep(50);
        }
        Cpu.Sample used = cpu.sample().minus(before);
        long delta = parley.storedMessages() - storedBefore;
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
        return result;
    }

    private static Map<String, String> serverEnv(String list) {
        Map<String, String> env = new HashMap<>();
        for (String pair : list.split(",")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                env.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return env;
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            int eq = name.indexOf('=');
            if (eq > 0) {
                options.put(name.substring(0, eq), name.substring(eq + 1));
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "");
            }
        }
        return options;
    }

    private static void print(List<String> lines) {
        lines.forEach(System.out::println);
    }
}
