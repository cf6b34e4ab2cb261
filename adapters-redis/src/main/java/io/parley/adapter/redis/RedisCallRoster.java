package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.parley.application.model.AbandonedSession;
import io.parley.application.model.CallParticipant;
import io.parley.application.model.Departure;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Calls in Redis, shared by all nodes: one sorted set per call ({@code <ns>:call:<chat id>}) of
 * {@code session\tuser\tjoined ms\tname} members scored by the last time the session joined or its node kept it
 * alive, and a set of the rooms with a call ({@code <ns>:calls}) for the sweep. Join, leave, keep-alive and sweep are
 * Lua scripts, so two first joiners cannot both start a call and a crashed node's session is swept out exactly once.
 * A call's key also expires 12 hours after its last activity.
 */
// created at start, so a Redis that goes away later cannot keep it from being created on first use
@Context
@Requires(property = "redis.uri")
public final class RedisCallRoster implements CallRoster, AutoCloseable {
    private static final LuaScript JOIN = LuaScript.load("call-join.lua");
    private static final LuaScript LEAVE = LuaScript.load("call-leave.lua");
    private static final LuaScript KEEP_ALIVE = LuaScript.load("call-keep-alive.lua");
    private static final LuaScript SWEEP = LuaScript.load("call-sweep.lua");
    private static final String EXPIRY_SECONDS = Long.toString(12 * 3600);
    private final String prefix;
    private final String rooms;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;

    public RedisCallRoster(RedisClient client, RedisSettings settings) {
        this.prefix = settings.namespace() + ":call:";
        this.rooms = settings.namespace() + ":calls";
        this.connection = client.connect();
        this.redis = connection.sync();
    }

    @Override
    public List<CallParticipant> join(ChatId room, CallParticipant participant) {
        String now = Long.toString(System.currentTimeMillis());
        List<String> before = JOIN.run(
                redis,
                ScriptOutputType.MULTI,
                new String[] {key(room), rooms},
                now,
                member(participant, now),
                Long.toString(room.value()),
                EXPIRY_SECONDS);
        return inJoiningOrder(before);
    }

    @Override
    public Departure leave(ChatId room, String sessionId) {
        Long left = LEAVE.run(
                redis,
                ScriptOutputType.INTEGER,
                new String[] {key(room), rooms},
                sessionId,
                Long.toString(room.value()));
        if (left == null || left < 0) {
            return Departure.NOT_IN_CALL;
        }
        return left == 0 ? Departure.CALL_ENDED : Departure.OTHERS_REMAIN;
    }

    @Override
    public Optional<CallParticipant> find(ChatId room, String sessionId) {
        return participants(room).stream()
                .filter(p -> p.sessionId().equals(sessionId))
                .findFirst();
    }

    @Override
    public List<CallParticipant> participants(ChatId room) {
        return inJoiningOrder(RedisOutage.guard(() -> redis.zrange(key(room), 0, -1)));
    }

    @Override
    public Map<ChatId, List<CallParticipant>> ongoing(Collection<ChatId> rooms) {
        Map<ChatId, List<CallParticipant>> ongoing = new HashMap<>();
        if (rooms.isEmpty()) {
            return ongoing;
        }
        Set<ChatId> asked = new HashSet<>(rooms);
        for (String room : RedisOutage.guard(() -> redis.smembers(this.rooms))) {
            ChatId id = ChatId.of(Long.parseLong(room));
            if (asked.contains(id)) {
                List<CallParticipant> participants = participants(id);
                if (!participants.isEmpty()) {
                    ongoing.put(id, participants);
                }
            }
        }
        return ongoing;
    }

    @Override
    public void keepAlive(ChatId room, Collection<String> sessionIds) {
        if (sessionIds.isEmpty()) {
            return;
        }
        List<String> args = new ArrayList<>(List.of(Long.toString(System.currentTimeMillis()), EXPIRY_SECONDS));
        args.addAll(sessionIds);
        KEEP_ALIVE.run(redis, ScriptOutputType.INTEGER, new String[] {key(room)}, args.toArray(String[]::new));
    }

    @Override
    public List<AbandonedSession> sweep(Instant cutoff) {
        List<String> triples = SWEEP.run(
                redis, ScriptOutputType.MULTI, new String[] {rooms}, Long.toString(cutoff.toEpochMilli()), prefix);
        List<AbandonedSession> abandoned = new ArrayList<>();
        for (int i = 0; i + 2 < triples.size(); i += 3) {
            abandoned.add(new AbandonedSession(
                    ChatId.of(Long.parseLong(triples.get(i))),
                    seat(triples.get(i + 1)).participant(),
                    "1".equals(triples.get(i + 2))));
        }
        return abandoned;
    }

    @PreDestroy
    @Override
    public void close() {
        connection.close();
    }

    private String key(ChatId room) {
        return prefix + room.value();
    }

    private record Seat(CallParticipant participant, long joinedAt) {}

    // names cannot hold tabs (no control characters), so a tab separates the parts safely
    private static String member(CallParticipant p, String joinedAt) {
        return p.sessionId() + "\t" + p.user().value() + "\t" + joinedAt + "\t" + p.name();
    }

    private static Seat seat(String member) {
        String[] parts = member.split("\t", 4);
        return new Seat(
                new CallParticipant(parts[0], UserId.of(Long.parseLong(parts[1])), parts[3]), Long.parseLong(parts[2]));
    }

    private static List<CallParticipant> inJoiningOrder(List<String> members) {
        return members.stream()
                .map(RedisCallRoster::seat)
                .sorted(Comparator.comparingLong(Seat::joinedAt))
                .map(Seat::participant)
                .toList();
    }
}
