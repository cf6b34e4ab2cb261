package io.parley.adapter.websocket;

import io.parley.adapter.websocket.connection.Connection;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** The sockets open on this node, by user and by socket id (a {@code @ServerWebSocket} is a singleton). */
@Singleton
final class ConnectionRegistry {
    private final Map<UserId, Set<Connection>> byUser = new ConcurrentHashMap<>();
    private final Map<String, Connection> byId = new ConcurrentHashMap<>();

    void add(Connection connection) {
        byId.put(connection.id(), connection);
        byUser.computeIfAbsent(connection.user(), u -> ConcurrentHashMap.newKeySet())
                .add(connection);
    }

    void remove(Connection connection) {
        byId.remove(connection.id(), connection);
        byUser.computeIfPresent(connection.user(), (u, set) -> {
            set.remove(connection);
            return set.isEmpty() ? null : set;
        });
    }

    Connection byId(String id) {
        return byId.get(id);
    }

    Collection<Connection> of(UserId user) {
        Set<Connection> set = byUser.get(user);
        return set == null ? List.of() : set;
    }

    Collection<Connection> all() {
        return byId.values();
    }
}
