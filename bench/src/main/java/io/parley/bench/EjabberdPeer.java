package io.parley.bench;

import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The ejabberd peer started by {@code bench/peer/ejabberd/setup}, which writes where it listens to
 * {@code peer.properties}: the same workload's users (inserted straight into its SQL {@code users} table, plaintext
 * passwords: {@code ejabberdctl register} takes ~0.7 s a user here, the insert 2,000 users in ~40 ms), one MUC room
 * per group created by its first member's join, and its archive for the row check.
 */
final class EjabberdPeer {
    private static final int JOINS_IN_FLIGHT = 64;

    private final Properties properties;
    private final URI ws;
    private final long pid;

    private EjabberdPeer(Properties properties, long pid) {
        this.properties = properties;
        this.ws = URI.create(properties.getProperty("ws"));
        this.pid = pid;
    }

    static EjabberdPeer find(Path propertiesFile) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(propertiesFile)) {
            properties.load(reader);
        }
        String node = properties.getProperty("node");
        long pid = beamOf(node);
        if (pid < 0) {
            throw new IOException("no beam.smp process runs node " + node + ": run bench/peer/ejabberd/setup");
        }
        return new EjabberdPeer(properties, pid);
    }

    /** The PID of the Erlang VM running {@code node} (RabbitMQ runs another beam.smp here: told apart by name). */
    private static long beamOf(String node) throws IOException {
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    if (Files.readString(process.resolve("comm")).trim().equals("beam.smp")) {
                        String command = new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ');
                        if (command.contains(" " + node + " ")) {
                            return Long.parseLong(process.getFileName().toString());
                        }
                    }
                } catch (IOException gone) {
                    // the process ended between listing and reading
                }
            }
        }
        return -1;
    }

    long pid() {
        return pid;
    }

    String node() {
        return properties.getProperty("node");
    }

    /** {@code groups} x {@code size} users named {@code b<runId>_<index>}; groups' chat ids are their indexes. */
    Population register(int groups, int size, String runId) throws SQLException {
        List<Population.User> users = new ArrayList<>();
        try (Connection connection = connect();
                PreparedStatement insert =
                        connection.prepareStatement("insert into users (username, password) values (?, ?)")) {
            for (int i = 0; i < groups * size; i++) {
                Population.User user = new Population.User(i, i, "bench password " + i);
                insert.setString(1, "b" + runId + "_" + i);
                insert.setString(2, user.token());
                insert.addBatch();
                users.add(user);
            }
            insert.executeBatch();
        }
        List<Population.Group> all = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            all.add(new Population.Group(g, g, List.copyOf(users.subList(g * size, (g + 1) * size))));
        }
        return Population.of(users, all);
    }

    /**
     * Connects every user and joins them to their group's room: first each room's first member, who creates it, then
     * the others; at most {@value #JOINS_IN_FLIGHT} logins at a time (permits taken on the calling thread only, so
     * no event loop ever waits for one).
     */
    List<XmppSocket> connect(EventLoopGroup loop, Population population, String runId, XmppRooms rooms, Deliveries d)
            throws Exception {
        XmppSocket[] sockets = new XmppSocket[population.users.size()];
        Semaphore inFlight = new Semaphore(JOINS_IN_FLIGHT);
        for (boolean creators : new boolean[] {true, false}) {
            List<CompletableFuture<Void>> joins = new ArrayList<>();
            for (Population.Group group : population.groups) {
                String room = rooms.room(group.index(), properties.getProperty("muc"));
                List<Population.User> members = group.members();
                for (Population.User member : creators ? members.subList(0, 1) : members.subList(1, members.size())) {
                    inFlight.acquire();
                    joins.add(join(loop, member, runId, room, rooms, d)
                            .whenComplete((socket, failure) -> inFlight.release())
                            .thenAccept(socket -> sockets[member.index()] = socket));
                }
            }
            CompletableFuture.allOf(joins.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        }
        return List.of(sockets);
    }

    private CompletableFuture<XmppSocket> join(
            EventLoopGroup loop,
            Population.User user,
            String runId,
            String room,
            XmppRooms rooms,
            Deliveries deliveries) {
        XmppSocket.Login login = new XmppSocket.Login(
                ws,
                properties.getProperty("host"),
                "b" + runId + "_" + user.index(),
                user.token(),
                room,
                "u" + user.index());
        return XmppSocket.open(loop, login, user.index(), rooms, deliveries);
    }

    /** Rows in MAM's archive table: one per groupchat message the rooms stored. */
    long archivedMessages() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from archive")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.getProperty("db"), properties.getProperty("db_user"), "");
    }
}
