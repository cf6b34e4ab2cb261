package io.parley.application.presence;

/** Takes users offline whose sockets were on a node that went silent (crashed); run periodically on every node. */
public interface ExpirePresenceUseCase {
    /** Keeps this node's own sockets counted and expires silent nodes' users; returns how many went offline. */
    int expire();
}
