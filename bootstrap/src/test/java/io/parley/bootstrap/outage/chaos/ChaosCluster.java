package io.parley.bootstrap.outage.chaos;

import io.parley.adapter.persistence.TestDatabase;
import io.parley.bootstrap.support.FreezableProxy;
import io.parley.bootstrap.support.ParleyProcess;
import io.parley.bootstrap.support.RedisProcess;
import io.parley.bootstrap.support.TestServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Two Parley nodes, each a process of its own (so one can be {@code kill -9}ed and started again), on the tests'
 * PostgreSQL reached through a {@link FreezableProxy} (so the database can be stopped) and on a Redis of this test's
 * own ({@link RedisProcess}: killed and started again empty; the machine's shared Redis is never touched). The nodes'
 * output is in {@code target/chaos/run-<uuid>/parley-*.log}.
 */
public final class ChaosCluster implements AutoCloseable {
    public static final int NODES = 2;
    private final FreezableProxy database;
    private final RedisProcess redis;
    private final Path work;
    private final Map<String, String> env;
    private final ParleyProcess[] nodes = new ParleyProcess[NODES];
    private final URI[] uris = new URI[NODES];

    private ChaosCluster(FreezableProxy database, RedisProcess redis, Path work, Map<String, String> env) {
        this.database = database;
        this.redis = redis;
        this.work = work;
        this.env = env;
    }

    /** Starts the proxy, Redis and both nodes, and waits until both are ready. */
    public static ChaosCluster start() {
        TestDatabase.Target target = TestDatabase.shared();
        URI address = URI.create(target.url().substring("jdbc:".length()));
        FreezableProxy proxy = FreezableProxy.to(address.getHost(), address.getPort());
        RedisProcess redis = RedisProcess.start();
        Map<String, String> env = new HashMap<>();
        env.put(
                "PARLEY_DB_URL",
                target.url().replace(address.getHost() + ":" + address.getPort(), "127.0.0.1:" + proxy.port()));
        env.put("PARLEY_DB_USER", target.user());
        env.put("PARLEY_DB_PASSWORD", target.password() == null ? "" : target.password());
        env.put("PARLEY_REDIS_URL", redis.uri());
        env.put("PARLEY_REDIS_NAMESPACE", "chaos-" + UUID.randomUUID());
        env.put("PARLEY_JWT_SECRET", TestServer.JWT_SECRET);
        // the long form outlives the default 15 minutes, and sockets reopened after a fault need a valid token
        env.put("PARLEY_SECURITY_ACCESS_TOKEN_TTL", "2h");
        env.put("PARLEY_LIMITS_REGISTER_PER_ADDRESS", "1000000/1m");
        env.put("PARLEY_LIMITS_LOGIN_PER_ADDRESS", "1000000/1m");
        Path work = Path.of("target", "chaos", "run-" + UUID.randomUUID()).toAbsolutePath();
        try {
            Files.createDirectories(work);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        env.put("PARLEY_MEDIA_ROOT", work.resolve("media").toString());
        ChaosCluster cluster = new ChaosCluster(proxy, redis, work, env);
        List<CompletableFuture<Void>> starting = java.util.stream.IntStream.range(0, NODES)
                .mapToObj(node -> CompletableFuture.runAsync(() -> cluster.startNode(node)))
                .toList();
        try {
            starting.forEach(CompletableFuture::join);
        } catch (RuntimeException e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The node's current address (a restarted node listens on a new port; a dead one refuses connections). */
    public synchronized URI uri(int node) {
        return uris[node];
    }

    /** {@code kill -9} of one node: no shutdown hooks, its sockets break without a close frame. */
    public void kill(int node) {
        ParleyProcess process;
        synchronized (this) {
            process = nodes[node];
        }
        process.kill9();
    }

    /** Starts a node (again) on its own data directory and waits until it is ready. */
    public void startNode(int node) {
        Map<String, String> settings = new HashMap<>(env);
        Path data = work.resolve("node-" + node);
        settings.put("PARLEY_DATA_DIR", data.toString());
        try {
            Files.createDirectories(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ParleyProcess process = ParleyProcess.launch(work, settings).awaitReady();
        synchronized (this) {
            nodes[node] = process;
            uris[node] = process.uri();
        }
    }

    /** Kills Redis (SIGKILL, as a crash would). */
    public void killRedis() {
        redis.kill();
    }

    /** Starts Redis again on its port, empty. */
    public void startRedis() {
        redis.restart();
    }

    /** The database goes away: every connection dropped, new ones refused. */
    public void stopDatabase() {
        database.stop();
    }

    public void startDatabase() {
        database.thaw();
    }

    @Override
    public void close() {
        for (ParleyProcess node : nodes) {
            if (node != null) {
                node.close();
            }
        }
        redis.close();
        database.close();
    }
}
