package io.parley.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load harness (bench/run): workload A, rooms of {@code size} members, each member on their main socket; steps of
 * offered rate over the socket (and over REST) until a step fails; with {@code --peer ejabberd}, then the same steps
 * against ejabberd (MUC + MAM over XMPP over WebSocket, set up by bench/peer/ejabberd/setup). Prints the tables and
 * writes them to {@code --out}. Exits 1 if any step lost, duplicated or misrouted a delivery or stored a different
 * number of rows than it acknowledged; never for a time.
 */
public final class Bench {
    /** A series' steps, whether any broke, and how many sockets closed under it. */
    private record Outcome(List<StepResult> results, boolean broken, long closedSockets) {}

    private Bench() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        boolean quick = options.containsKey("quick");
        int groups = Integer.parseInt(options.getOrDefault("groups", quick ? "10" : "200"));
        int size = Integer.parseInt(options.getOrDefault("size", "10"));
        double stepSeconds = Double.parseDouble(options.getOrDefault("step-seconds", quick ? "8" : "15"));
        double warmup = Double.parseDouble(options.getOrDefault("warmup-seconds", quick ? "3" : "10"));
        List<Integer> rates = Arrays.stream(options.getOrDefault(
                                "rates", quick ? "100,300" : "100,300,500,700,1000,1500,2000,3000,4000,5000")
                        .split(","))
                .map(Integer::parseInt)
                .toList();
        List<String> modes =
                List.of(options.getOrDefault("modes", quick ? "ws" : "ws,rest").split(","));
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
                serverEnv(options.getOrDefault("server-env", "")));
        ServerUnderTest.requireFile(server.serverJar());
        List<String> report = new ArrayList<>();
        String runId = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
        List<StepResult> results = new ArrayList<>();
        boolean broken;
        long closed;
        // Parley first, stopped before the peer runs so that neither server idles beside the other's steps
        try (ServerUnderTest parley = ServerUnderTest.start(server)) {
            line(
                    report,
                    String.format(
                            "workload E, cold start to /health 200 (external PostgreSQL, empty database): %.2f s",
                            parley.coldStartSeconds()));
            Outcome outcome = parley(parley, groups, size, stepSeconds, warmup, rates, modes, runId, report);
            results.addAll(outcome.results());
            broken = outcome.broken();
            closed = outcome.closedSockets();
        }
        if (!peer.isEmpty()) {
            EjabberdPeer ejabberd = EjabberdPeer.find(
                    Path.of(options.getOrDefault("peer-properties", "/var/lib/ejabberd-bench/peer.properties")));
            Outcome outcome = ejabberd(ejabberd, groups, size, stepSeconds, warmup, rates, runId, report);
            results.addAll(outcome.results());
            broken |= outcome.broken();
            closed += outcome.closedSockets();
        }
        report.add("");
        int summaryFrom = report.size();
        report.addAll(Report.steps(results));
        report.add("");
        for (String mode : modes) {
            report.add(Report.headline(results, mode, size));
        }
        if (!peer.isEmpty()) {
            report.add(Report.headline(results, Report.PEER_MODE, size));
            report.add("");
            report.addAll(Report.sideBySide(results, modes.get(0)));
        }
        report.add(closed == 0 ? "no socket closed during the run" : closed + " sockets closed during the run");
        report.add(
                broken
                        ? "BROKEN: a step lost, duplicated or misrouted deliveries or its rows disagree with its acks"
                        : "no step lost, duplicated or misrouted a delivery; every step's stored rows equal its acks");
        report.subList(summaryFrom, report.size()).forEach(System.out::println);
        Files.write(out, report);
        System.out.println("written to " + out);
        System.exit(broken ? 1 : 0);
    }

    private static Outcome parley(
            ServerUnderTest parley,
            int groups,
            int size,
            double stepSeconds,
            double warmup,
            List<Integer> rates,
            List<String> modes,
            String runId,
            List<String> report)
            throws Exception {
        long began = System.nanoTime();
        Population population = Population.create(new Rest(parley.base()), groups, size, runId);
        line(
                report,
                String.format(
                        "workload A: %d users in %d groups of %d, created over REST in %.1f s",
                        population.users.size(), groups, size, (System.nanoTime() - began) / 1e9));
        Deliveries deliveries = new Deliveries(population, size);
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        List<MainSocket> sockets = new ArrayList<>();
        try {
            began = System.nanoTime();
            for (Population.User user : population.users) {
                sockets.add(MainSocket.open(loop, parley.base(), user, deliveries));
            }
            line(
                    report,
                    String.format("%d main sockets open in %.1f s", sockets.size(), (System.nanoTime() - began) / 1e9));
            Thread.sleep(1000);
            Rest rest = new Rest(parley.base());
            Series series = new Series(
                    population,
                    deliveries,
                    (mode, sender, group, key, text) -> {
                        if (mode.equals("ws")) {
                            sockets.get(sender)
                                    .send("{\"type\":\"message\",\"group_id\":" + group.chatId() + ",\"text\":\"" + text
                                            + "\",\"client_id\":\"b" + key + "\"}");
                        } else {
                            rest.postAsync(
                                            "/api/v1/group/" + group.chatId() + "/messages",
                                            population.users.get(sender).token(),
                                            "{\"text\":\"" + text + "\",\"client_id\":\"b" + key + "\"}")
                                    .whenComplete((response, failure) -> {
                                        if (failure != null) {
                                            deliveries.refused(
                                                    key, failure.getClass().getSimpleName());
                                        } else if (response.statusCode() == 201) {
                                            deliveries.acked(key, System.nanoTime());
                                        } else {
                                            deliveries.refused(key, "http " + response.statusCode());
                                        }
                                    });
                        }
                    },
                    parley::storedMessages,
                    new Cpu(parley.pid()));
            List<StepResult> results = series.run(modes, rates, stepSeconds, warmup);
            return new Outcome(results, series.broken(), deliveries.closedSockets());
        } finally {
            sockets.forEach(MainSocket::close);
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    /** The same workload against the ejabberd peer: same room size, same rates, same arrivals' seed. */
    private static Outcome ejabberd(
            EjabberdPeer peer,
            int groups,
            int size,
            double stepSeconds,
            double warmup,
            List<Integer> rates,
            String runId,
            List<String> report)
            throws Exception {
        long began = System.nanoTime();
        Population population = peer.register(groups, size, runId);
        line(
                report,
                String.format(
                        "ejabberd (%s, beam.smp PID %d): %d users inserted into its users table in %.2f s",
                        peer.node(), peer.pid(), population.users.size(), (System.nanoTime() - began) / 1e9));
        Deliveries deliveries = new Deliveries(population, size);
        XmppRooms rooms = new XmppRooms("r" + runId + "_");
        EventLoopGroup loop = new MultiThreadIoEventLoopGroup(2, NioIoHandler.newFactory());
        List<XmppSocket> sockets = List.of();
        try {
            began = System.nanoTime();
            sockets = peer.connect(loop, population, runId, rooms, deliveries);
            line(
                    report,
                    String.format(
                            "%d XMPP sessions in %d MUC rooms in %.1f s",
                            sockets.size(), groups, (System.nanoTime() - began) / 1e9));
            Thread.sleep(1000);
            List<XmppSocket> joined = sockets;
            Series series = new Series(
                    population,
                    deliveries,
                    (mode, sender, group, key, text) -> joined.get(sender).sendGroupchat(key, text),
                    peer::archivedMessages,
                    new Cpu(peer.pid()));
            List<StepResult> results = series.run(List.of(Report.PEER_MODE), rates, stepSeconds, warmup);
            return new Outcome(results, series.broken(), deliveries.closedSockets());
        } finally {
            sockets.forEach(XmppSocket::close);
            loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        }
    }

    private static void line(List<String> report, String line) {
        report.add(line);
        System.out.println(line);
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
