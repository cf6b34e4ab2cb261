package io.parley.application.port;

import io.parley.application.event.Event;

/**
 * Tells every node about an event, so each can deliver it to its own connected clients; this node's clients are
 * handed the event before {@code publish} returns.
 */
public interface EventPublisher {
    /** Publishes an event; call only after the change's transaction committed; never throws to the caller. */
    void publish(Event event);
}
