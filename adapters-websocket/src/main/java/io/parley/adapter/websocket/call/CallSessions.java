package io.parley.adapter.websocket.call;

import io.parley.domain.chat.ChatId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** This node's call sockets: all that are open, and those that joined a call by session and by call. */
@Singleton
public final class CallSessions {
    private final Set<CallConnection> open = ConcurrentHashMap.newKeySet();
    private final Map<String, CallConnection> bySession = new ConcurrentHashMap<>();
    private final Map<ChatId, Set<CallConnection>> byRoom = new ConcurrentHashMap<>();

    void opened(CallConnection connection) {
        open.add(connection);
    }

    void closed(CallConnection connection) {
        open.remove(connection);
        remove(connection);
    }

    /** Every open call socket of this node. */
    Collection<CallConnection> all() {
        return open;
    }

    void add(CallConnection connection) {
        bySession.put(connection.sessionId(), connection);
        byRoom.computeIfAbsent(connection.chat().id(), r -> ConcurrentHashMap.newKeySet())
                .add(connection);
    }

    void remove(CallConnection connection) {
        if (connection.sessionId() == null) {
            return;
        }
        bySession.remove(connection.sessionId(), connection);
        byRoom.computeIfPresent(connection.chat().id(), (room, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    /** The local socket of a session, or null if it is on another node (or gone). */
    public CallConnection session(String sessionId) {
        return bySession.get(sessionId);
    }

    /** The sessions this node holds, by call. */
    Map<ChatId, List<String>> joinedByRoom() {
        Map<ChatId, List<String>> joined = new HashMap<>();
        byRoom.forEach((room, calls) -> joined.put(
                room,
                calls.stream()
                        .map(CallConnection::sessionId)
                        .filter(Objects::nonNull)
                        .toList()));
        return joined;
    }

    /** This node's sockets in a call. */
    public Collection<CallConnection> inRoom(ChatId room) {
        Set<CallConnection> set = byRoom.get(room);
        return set == null ? List.of() : set;
    }
}
