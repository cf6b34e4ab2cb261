package io.parley.bench;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Workloads A and B, every member of rooms of {@code size} on a socket, against Parley (its main socket, or REST) and
 * against the ejabberd peer (XMPP over WebSocket into MUC rooms of the same size): users and rooms made, sockets
 * opened, then the {@link Series} of steps.
 */
final class SocketWorkloads {
    /** A series' steps, whether any broke, and how many sockets closed under it. */
    record Outcome(List<StepResult> results, boolean broken, long closedSockets) {
        List<StepResult> of(String mode) {
            return results.stream().filter(s -> s.mode().equals(mode)).toList();
        }

        List<String> modes() {
            return results.stream().map(StepResult::mode).distinct().toList();
        }
    }

    private SocketWorkloads() {}

    static Outcome parley(
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
    static Outcome ejabberd(
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
}
