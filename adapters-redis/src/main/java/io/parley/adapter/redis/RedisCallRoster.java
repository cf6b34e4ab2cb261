package io.parley.adapter.redis;

import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.micronaut.context.annotation.Requires;
import io.parley.application.call.CallParticipant;
import io.parley.application.port.CallRoster;
import io.parley.domain.chat.ChatId;
import io.parley.domain.user.UserId;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Calls in Redis, shared by all nodes: one sorted set per call ({@code <ns>:call:<chat id>}) of
 * {@code session\tuser\tname} members scored by joining time; join and leave are Lua scripts, so two first joiners
 * cannot both start a call. A call's key expires 12 hours after its last join, so a crashed node's sessions cannot
 * keep a call open forever.
 */
@Singleton
@Requires(property = "redis.uri")
public final class RedisCallRoster implements CallRoster, AutoCloseable {
    private static final LuaScript JOIN = LuaScript.load("call-join.lua");
    private static final LuaScript LEAVE = LuaScript.load("call-leave.lua");
    private static final String EXPIRY_SECONDS = Long.toString(12 * 3600);
    private final String prefix;
    private final StatefulRedisConnection<String, String> connection;
    private final RedisCommands<String, String> redis;

    public RedisCallRoster(RedisClient client, RedisSettings settings) {
        this.prefix = settings.namespace() + ":call:";
        this.connection = client.connect();
        this.redis = connection.sync();
    }

    @Override
    public List<CallParticipant> join(ChatId room, CallParticipant participant) {
        List<String> before = JOIN.run(redis, ScriptOutputType.MULTI, new String[] {key(room)},
                Long.toString(System.currentTimeMillis()), member(participant), EXPIRY_SECONDS);
        return before.stream().map(RedisCallRoster::participant).toList();
    }

    @Override
    public boolean leave(ChatId room, String sessionId) {
        Long left = LEAVE.run(redis, ScriptOutputType.INTEGER, new String[] {key(room)}, sessionId);
        return left != null && left == 0;
    }

    @Override
    public Optional<CallParticipant> find(ChatId room, String sessionId) {
        return participants(room).stream().filter(p -> p.sessionId().equals(sessionId)).findFirst();
    }

    @Override
    public List<CallParticipant> participants(ChatId room) {
        return redis.zrange(key(room), 0, -1).stream().map(RedisCallRoster::participant).toList();
    }

    @PreDestroy
    @Override
    public void close() {
        connection.close();
    }

    private String key(ChatId room) {
        return prefix + room.value();
    }

    // names cannot hold tabs (no control characters), so a tab separates the parts safely
    private static String member(CallParticipant p) {
        return p.sessionId() + "\t" + p.user().value() + "\t" + p.name();
    }

    private static CallParticipant participant(String member) {
        String[] parts = member.split("\t", 3);
        return new CallParticipant(parts[0], UserId.of(Long.parseLong(parts[1])), parts[2]);
    }
}
