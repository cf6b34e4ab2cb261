package io.parley.adapter.inprocess;

import io.parley.application.port.PresenceTracker;
import io.parley.domain.user.UserId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Presence of a single node: open sockets counted in memory; nothing expires because there is no other node. */
public final class InMemoryPresenceTracker implements PresenceTracker {
    private final Map<UserId, Integer> sockets = new HashMap<>();

    @Override
    public synchronized int openSockets(UserId user) {
        return sockets.getOrDefault(user, 0);
    }

    @Override
    public synchronized boolean opened(UserId user) {
        return sockets.merge(user, 1, Integer::sum) == 1;
    }

    @Override
    public synchronized boolean closed(UserId user) {
        Integer count = sockets.get(user);
        if (count == null) {
            return false;
        }
        if (count == 1) {
            sockets.remove(user);
            return true;
        }
        sockets.put(user, count - 1);
        return false;
    }

    @Override
    public synchronized Set<UserId> onlineAmong(Collection<UserId> users) {
        return users.stream().filter(sockets::containsKey).collect(Collectors.toSet());
    }

    @Override
    public void heartbeat() {
        // one node: nothing to keep alive elsewhere
    }

    @Override
    public List<ExpiredPresence> takeExpired() {
        return List.of();
    }
}
