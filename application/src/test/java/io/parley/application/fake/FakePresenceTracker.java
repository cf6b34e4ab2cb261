package io.parley.application.fake;

import io.parley.application.port.PresenceTracker;
import io.parley.domain.user.UserId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Socket counts in a map; tests queue users of "crashed nodes" for {@link #takeExpired}. */
public final class FakePresenceTracker implements PresenceTracker {
    private final Map<UserId, Integer> sockets = new HashMap<>();
    private final List<ExpiredPresence> expired = new ArrayList<>();
    private int heartbeats;

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
    public synchronized void heartbeat() {
        heartbeats++;
    }

    @Override
    public synchronized List<ExpiredPresence> takeExpired() {
        List<ExpiredPresence> taken = List.copyOf(expired);
        expired.clear();
        return taken;
    }

    /** A user whose node went silent: their sockets are forgotten and the next take reports them. */
    public synchronized void expire(ExpiredPresence gone) {
        sockets.remove(gone.user());
        expired.add(gone);
    }

    public synchronized int heartbeats() {
        return heartbeats;
    }
}
