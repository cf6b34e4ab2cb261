package io.parley.adapter.websocket;

import io.parley.adapter.websocket.call.CallDelivery;
import io.parley.adapter.websocket.connection.ChatFeed;
import io.parley.adapter.websocket.connection.Connection;
import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.application.event.Event;
import io.parley.application.event.SequencedChatEvent;
import io.parley.application.message.MessageChange;
import io.parley.application.port.ConnectedClients;
import io.parley.domain.user.UserId;
import jakarta.inject.Singleton;

/**
 * This node's sockets as the fan-out sees them: an event goes to the sockets of the users in its audience only, and
 * each socket decides what of it to show. Delivery only queues frames; it never waits for a socket.
 */
@Singleton
public final class LocalConnections implements ConnectedClients {
    private final ConnectionRegistry registry;
    private final EventRouter router;
    private final FrameEncoder encoder;
    private final CallDelivery calls;

    LocalConnections(ConnectionRegistry registry, EventRouter router, FrameEncoder encoder, CallDelivery calls) {
        this.registry = registry;
        this.router = router;
        this.encoder = encoder;
        this.calls = calls;
    }

    @Override
    public void deliver(Event event) {
        if (calls.deliver(event)) {
            return;
        }
        ChangeFrames frames = event instanceof SequencedChatEvent change
                ? new ChangeFrames(MessageChange.of(change), encoder) : null;
        for (UserId user : event.audience()) {
            for (Connection connection : registry.of(user)) {
                connection.deliver(event, e -> router.route(connection, e, frames));
            }
        }
    }

    @Override
    public void resynchronize() {
        for (Connection connection : registry.all()) {
            connection.feeds().forEach(ChatFeed::resynchronize);
        }
    }

    /** How many sockets are open on this node. */
    public int size() {
        return registry.all().size();
    }
}
