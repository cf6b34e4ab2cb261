package io.parley.adapter.redis;

import io.lettuce.core.RedisChannelHandler;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionStateListener;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.parley.application.port.PresenceTracker;
import io.parley.domain.ServiceUnavailableException;
import io.parley.domain.user.UserId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.net.SocketAddress;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Counts sockets per user and node in Redis: hash {@code <ns>:presence:user:<id>} maps node → count, sorted set
 * {@code <ns>:presence:nodes} scores each node by its expiry, set {@code <ns>:presence:node:<node>:users} lists a
 * node's users. Counts of a node that stops heartbeating stop counting once its TTL passed; one node's
 * {@link #takeExpired()} then claims it. This node's own counts live in memory too (the truth for this node, kept
 * per user in step with Redis), so a node wrongly taken for dead restores them at its next heartbeat. While Redis is
 * unreachable, opening and closing sockets still count in memory (reported as neither coming online nor going
 * offline) and reads throw {@link ServiceUnavailableException}; as soon as the connection is back, the counts Redis
 * missed (or all of them, if Redis came back empty) are written again.
 */
// created at start, so a Redis that goes away later cannot keep it from being created on first use
@Context
@Requires(property = "redis.uri")
public final class RedisPresenceTracker implements PresenceTracker, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RedisPresenceTracker.class);
    private static final LuaScript SET_COUNT = script("presence-set-count.lua");
    private static final LuaScript ONLINE = script("presence-online.lua");
    private static final LuaScript HEARTBEAT = script("presence-heartbeat.lua");
    private static final LuaScript TAKE_EXPIRED = script("presence-take-expired.lua");
    private static final LuaScript ELSEWHERE = script("presence-elsewhere.lua");
    private static final int RESTORE_ATTEMPTS = 20;
    private static final long RESTORE_PAUSE_MILLIS = 250;

    private final String nodeId = UUID.randomUUID().toString();
    private final String prefix;
    private final String nodes;
    private final String ttlMillis;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;
    private final ConcurrentHashMap<UserId, Integer> sockets = new ConcurrentHashMap<>();
    private final AtomicBoolean beating = new AtomicBoolean();
    /** Users whose count Redis missed while it was unreachable. */
    private final Set<UserId> unsynced = ConcurrentHashMap.newKeySet();

    private final ExecutorService restorer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "parley-presence-restore");
        thread.setDaemon(true);
        return thread;
    });

    /** A node of the cluster sharing {@code settings.namespace()}; connects and sends its first heartbeat. */
    @Inject
    public RedisPresenceTracker(RedisClient client, RedisSettings settings) {
        this.prefix = settings.namespace() + ":presence:";
        this.nodes = prefix + "nodes";
        this.ttlMillis = Long.toString(settings.presenceTtl().toMillis());
        this.connection = client.connect();
        this.redis = connection.sync();
        try {
            heartbeat();
        } catch (RuntimeException e) {
            connection.close();
            restorer.shutdownNow();
            throw e;
        }
        client.addListener(new RedisConnectionStateListener() {
            @Override
            public void onRedisConnected(RedisChannelHandler<?, ?> reconnected, SocketAddress address) {
                if (reconnected == connection) {
                    // an I/O thread: the restore runs elsewhere
                    restorer.execute(RedisPresenceTracker.this::restore);
                }
            }
        });
    }

    /** Counts one more socket of the user on this node; true if the user had none on any live node before. */
    @Override
    public boolean opened(UserId user) {
        boolean[] cameOnline = {false};
        // per-user lock around the Redis call keeps this node's in-memory count and its Redis field in step
        sockets.compute(user, (u, before) -> {
            int mine = before == null ? 0 : before;
            cameOnline[0] = mine == 0 && trySetCount(u, mine + 1) == 0;
            return mine + 1;
        });
        return cameOnline[0];
    }

    /**
     * Counts one socket of the user on this node as closed; true if none is left on any live node, false (and nothing
     * changes) if the user had no socket open here.
     */
    @Override
    public boolean closed(UserId user) {
        boolean[] wentOffline = {false};
        sockets.computeIfPresent(user, (u, before) -> {
            int mine = before - 1;
            wentOffline[0] = trySetCount(u, mine) == 0 && mine == 0;
            return mine == 0 ? null : mine;
        });
        return wentOffline[0];
    }

    /** This node's count of the user's sockets plus those on other live nodes. */
    @Override
    public int openSockets(UserId user) {
        Long elsewhere = ELSEWHERE.run(redis, ScriptOutputType.INTEGER, new String[] {userKey(user), nodes}, nodeId);
        return sockets.getOrDefault(user, 0) + elsewhere.intValue();
    }

    /**
     * The users among {@code users} with a socket on this node (known without asking Redis) or on a live node (one
     * atomic read of the rest).
     */
    @Override
    public Set<UserId> onlineAmong(Collection<UserId> users) {
        Set<UserId> here = new HashSet<>();
        Set<UserId> elsewhere = new HashSet<>();
        users.forEach(user -> (sockets.containsKey(user) ? here : elsewhere).add(user));
        if (elsewhere.isEmpty()) {
            return Set.copyOf(here);
        }
        Set<UserId> online = new HashSet<>(here);
        online.addAll(onlineElsewhere(List.copyOf(elsewhere)));
        return Set.copyOf(online);
    }

    private Set<UserId> onlineElsewhere(List<UserId> asked) {
        String[] keys = new String[asked.size() + 1];
        keys[0] = nodes;
        for (int i = 0; i < asked.size(); i++) {
            keys[i + 1] = userKey(asked.get(i));
        }
        List<Long> positions = ONLINE.run(redis, ScriptOutputType.MULTI, keys, nodeId);
        Set<UserId> online = new HashSet<>();
        positions.forEach(position -> online.add(asked.get(position.intValue() - 1)));
        return online;
    }

    /** Keeps this node live for another TTL; if it had been taken for dead meanwhile, re-counts its sockets. */
    @Override
    public void heartbeat() {
        Long added = HEARTBEAT.run(redis, ScriptOutputType.INTEGER, new String[] {nodes}, nodeId, ttlMillis);
        if (beating.getAndSet(true) && added == 1) {
            LOG.warn("presence node {} was taken for dead while alive; re-counting {} users", nodeId, sockets.size());
            sockets.keySet()
                    .forEach(user -> sockets.computeIfPresent(user, (u, mine) -> {
                        setCount(u, mine);
                        return mine;
                    }));
        }
    }

    /**
     * Runs once the connection is back after a drop: a heartbeat (re-counting everything if Redis came back empty),
     * then the counts Redis missed meanwhile; retried a few times while the connection settles.
     */
    private void restore() {
        for (int attempt = 1; ; attempt++) {
            try {
                heartbeat();
                for (UserId user : List.copyOf(unsynced)) {
                    unsynced.remove(user);
                    sockets.compute(user, (u, mine) -> {
                        setCount(u, mine == null ? 0 : mine);
                        return mine;
                    });
                }
                LOG.info("presence of node {} restored in Redis", nodeId);
                return;
            } catch (ServiceUnavailableException e) {
                if (attempt == RESTORE_ATTEMPTS) {
                    LOG.warn("presence of node {} not restored yet; the next heartbeat tries again", nodeId);
                    return;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(RESTORE_PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Claims nodes past their expiry (each claimed by one caller only) and returns their users now offline. */
    @Override
    public List<ExpiredPresence> takeExpired() {
        List<Object> flat =
                TAKE_EXPIRED.run(redis, ScriptOutputType.MULTI, new String[] {nodes}, nodeId, prefix, ttlMillis);
        List<ExpiredPresence> expired = new ArrayList<>();
        for (int i = 0; i < flat.size(); i += 2) {
            UserId user = UserId.of(Long.parseLong((String) flat.get(i)));
            expired.add(new ExpiredPresence(user, Instant.ofEpochMilli((Long) flat.get(i + 1))));
        }
        return List.copyOf(expired);
    }

    /** Closes the connection; this node's counts stay until its TTL passes and another node claims them. */
    @Override
    @PreDestroy
    public void close() {
        restorer.shutdownNow();
        connection.close();
    }

    /**
     * Writes this node's count of the user and returns the count on other live nodes; while Redis is unreachable,
     * remembers the user for {@link #restore} and returns -1 (unknown).
     */
    private long trySetCount(UserId user, int mine) {
        try {
            return setCount(user, mine);
        } catch (ServiceUnavailableException e) {
            unsynced.add(user);
            return -1;
        }
    }

    private long setCount(UserId user, int mine) {
        String[] keys = {userKey(user), nodes, prefix + "node:" + nodeId + ":users"};
        Long elsewhere = SET_COUNT.run(
                redis, ScriptOutputType.INTEGER, keys, nodeId, Long.toString(user.value()), Integer.toString(mine));
        return elsewhere;
    }

    private String userKey(UserId user) {
        return prefix + "user:" + user.value();
    }

    private static LuaScript script(String body) {
        return LuaScript.load("presence-common.lua", body);
    }
}
