package io.parley.application.port;

import io.parley.application.event.Event;

/** The sockets open on this node: where a node hands the events it receives. */
public interface ConnectedClients {
    /**
     * Delivers an event to this node's sockets whose users are in its audience and who watch its conversation;
     * returns without waiting for any socket (a slow one falls behind on its own).
     */
    void deliver(Event event);

    /**
     * Tells every local socket that events may have been lost on the way here (the fan-out reconnected): each
     * re-reads from storage what changed in its conversations since the last change it delivered.
     */
    void resynchronize();
}
