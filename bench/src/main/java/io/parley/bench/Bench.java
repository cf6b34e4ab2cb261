package io.parley.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load harness (bench/run): workload A, rooms of {@code size} members, each member on their main socket; steps of
 * offered rate over the socket (and over REST) until a step fails; then B (rooms of 100), C (idle sockets) and D
 * (history pages); with {@code --peer ejabberd}, after Parley has stopped, workload A's socket steps against ejabberd
 * (MUC + MAM over XMPP over WebSocket, set up by bench/peer/ejabberd/setup) and one side-by-side table. Prints the
 * tables and issue 16's goals table and writes them to {@code --out}. Exits 1 if any step lost, duplicated or
 * misrouted a delivery or stored a different number of rows than it acknowledged; never for a time.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        boolean quick = options.containsKey("quick");
        int groups = Integer.parseInt(options.getOrDefault("groups", quick ? "10" : "200"));
        int size = Integer.parseInt(options.getOrDefault("size", "10"));
        double stepSeconds = Double.parseDouble(options.getOrDefault("step-seconds", quick ? "8" : "15"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup-seconds", quick ? "3" : "10"));
        List<Integer> rates = integers(
                options.getOrDefault("rates", quick ? "100,300" : "100,300,500,700,1000,1500,2000,3000,4000,5000"));
        List<String> modes =
                List.of(options.getOrDefault("modes", quick ? "ws" : "ws,rest").split(","));
        List<String> workloads = List.of(
                options.getOrDefault("workloads", quick ? "A" : "A,B,C,D,E").split(","));
        String peer = options.getOrDefault("peer", "");
        if (!peer.isEmpty() && !peer.equals("ejabberd")) {
            throw new IllegalArgumentException("unknown --peer " + peer + " (known: ejabberd)");
        }
        Path out = Path.of(options.getOrDefault("out", "bench/target/bench-results.md"));
        Files.createDirectories(out.toAbsolutePath().getParent());
        ServerUnderTest.Options server = new ServerUnderTest.Options(
                Path.of(options.getOrDefault("jar", "bootstrap/target/parley.jar")),
                options.getOrDefault("db-url", "jdbc:postgresql://127.0.0.1:5432/postgres"),
                options.getOrDefault("db-user", "postgres"),
                options.getOrDefault("server-heap", "1g"),
                out.resolveSibling("server.log"),
                options.containsKey("jfr") ? Path.of(options.get("jfr")).toAbsolutePath() : null,
                serverEnv(options.getOrDefault("server-env", "")),
                List.of());
        ServerUnderTest.requireFile(server.serverJar());
        List<String> report = new ArrayList<>();
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        boolean broken = false;
        long closed = 0;
        double coldStart;
        SocketWorkloads.Outcome a = null;
        SocketWorkloads.Outcome b = null;
        IdleSockets.Result c = null;
        long historyRows = Long.parseLong(options.getOrDefault("history-rows", "2000000"));
        List<HistoryPages.Result> d = null;
        // Parley first, stopped before the peer runs so that neither server idles beside the other's steps
        try (ServerUnderTest parley = ServerUnderTest.start(server)) {
            coldStart = parley.coldStartSeconds();
            line(
                    report,
                    String.format(
                            "workload E, cold start to /health 200 (external PostgreSQL, empty database): %.2f s",
                            coldStart));
            if (workloads.contains("A")) {
                a = SocketWorkloads.parley(parley, groups, size, stepSeconds, warmup, rates, modes, runId, report);
                summary(report, a, modes, size);
            }
            if (workloads.contains("B")) {
                line(report, "");
                line(report, "workload B: rooms of 100");
                List<Integer> bRates = integers(options.getOrDefault("b-rates", "100,300,500,700,1000,1500"));
                b = SocketWorkloads.parley(
                        parley, 10, 100, stepSeconds, warmup, bRates, List.of("ws"), runId + "b", report);
                summary(report, b, List.of("ws"), 100);
            }
            if (workloads.contains("C")) {
                c = IdleSockets.run(parley, Integer.parseInt(options.getOrDefault("sockets", "15000")));
                line(report, "");
                line(report, c.line());
            }
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
        }
        Double coldStartWithArchive = null;
        if (workloads.contains("E")) {
            // the plain cold start is the start of the server the other workloads ran on; this one needs two more
            coldStartWithArchive = ColdStarts.withClassDataArchive(server);
            line(report, "");
            line(
                    report,
                    String.format(
                            "workload E with a class-data archive of an earlier start (-XX:SharedArchiveFile): %.2f s",
                            coldStartWithArchive));
        }
        SocketWorkloads.Outcome p = null;
        if (!peer.isEmpty() && a != null) {
            EjabberdPeer ejabberd = EjabberdPeer.find(
                    Path.of(options.getOrDefault("peer-properties", "/var/lib/ejabberd-bench/peer.properties")));
            line(report, "");
            p = SocketWorkloads.ejabberd(ejabberd, groups, size, stepSeconds, warmup, rates, runId, report);
            summary(report, p, List.of(Report.PEER_MODE), size);
            List<StepResult> both = new ArrayList<>(a.results());
            both.addAll(p.results());
            line(report, "");
            Report.sideBySide(both, modes.get(0)).forEach(row -> line(report, row));
        }
        Map<String, List<StepResult>> plotted = new LinkedHashMap<>();
        for (SocketWorkloads.Outcome outcome : Arrays.asList(a, b, p)) {
            if (outcome != null) {
                broken |= outcome.broken();
                closed += outcome.closedSockets();
            }
        }
        if (a != null) {
            for (String mode : a.modes()) {
                plotted.put("Parley, " + mode, a.of(mode));
            }
        }
        if (p != null) {
            plotted.put("ejabberd 23.01, XMPP over WebSocket", p.results());
        }
        Plot.p99AgainstRate(plotted, out.resolveSibling("p99-against-rate.png"));
        Goals goals = new Goals().coldStart(coldStart, coldStartWithArchive);
        if (a != null) {
            goals.roomsOfTen(
                    a.of(modes.contains("ws") ? "ws" : modes.get(0)),
                    p == null ? null : Report.best(p.results(), Report.PEER_MODE));
        }
        goals.roomsOfHundred(b == null ? null : b.of("ws")).idleSockets(c).history(d, historyRows);
        line(report, "");
        line(report, closed == 0 ? "no socket closed during the run" : closed + " sockets closed during the run");
        line(
                report,
                broken
                        ? "BROKEN: a step lost, duplicated or misrouted deliveries or its rows disagree with its acks"
                        : "no step lost, duplicated or misrouted a delivery; every step's stored rows equal its acks");
        line(report, "");
        line(report, "goals (issue 16):");
        goals.table().forEach(row -> line(report, row));
        Files.write(out, report);
        System.out.println("written to " + out + " (plot: " + out.resolveSibling("p99-against-rate.png") + ")");
        System.exit(broken ? 1 : 0);
    }

    /** A workload's steps table and its headline per mode, into the report and on the console. */
    private static void summary(List<String> report, SocketWorkloads.Outcome outcome, List<String> modes, int size) {
        line(report, "");
        Report.steps(outcome.results()).forEach(row -> line(report, row));
        line(report, "");
        modes.forEach(mode -> line(report, Report.headline(outcome.results(), mode, size)));
    }

    private static void line(List<String> report, String line) {
        report.add(line);
        System.out.println(line);
    }

    private static List<Integer> integers(String list) {
        return Arrays.stream(list.split(",")).map(Integer::parseInt).toList();
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
}
