package io.parley.application.port;

import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Counts the open sockets of each user across all nodes; a user is online while the count is above zero. */
public interface PresenceTracker {
    /** Counts one more open socket of the user on this node; true if the user had none on any node before. */
    boolean opened(UserId user);

    /** Counts one socket of the user on this node as closed; true if the user now has none open on any node. */
    boolean closed(UserId user);

    /** How many sockets the user has open on this node and on every other live node. */
    int openSockets(UserId user);

    /** The users among {@code users} who have an open socket on some node. */
    Set<UserId> onlineAmong(Collection<UserId> users);

    /** Keeps this node's sockets counted; must be called more often than counts of a silent node expire. */
    void heartbeat();

    /**
     * Takes the users whose only sockets were on nodes that stopped heartbeating (crashed): they are offline now;
     * each is returned by exactly one call on one node, with the last time their node was known alive.
     */
    List<ExpiredPresence> takeExpired();

    /** A user who went offline because their node went silent, last known online at {@code lastSeen}. */
    record ExpiredPresence(UserId user, Instant lastSeen) {}
}
