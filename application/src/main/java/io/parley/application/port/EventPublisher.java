package io.parley.application.port;

import io.parley.application.event.ChatEvent;

/** Tells every node about a committed change, so each can deliver it to its own connected clients. */
public interface EventPublisher {
    /** Publishes an event; call only after the change's transaction committed; never throws to the caller. */
    void publish(ChatEvent event);
}
