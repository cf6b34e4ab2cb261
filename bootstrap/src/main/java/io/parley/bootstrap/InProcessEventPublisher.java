package io.parley.bootstrap;

import io.parley.application.event.Event;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import jakarta.inject.Provider;

/**
 * The single-node fan-out: hands every event to this node's clients synchronously, in publication order. The clients
 * are looked up on first use because they depend on use cases that depend on this publisher.
 */
public final class InProcessEventPublisher implements EventPublisher {
    private final Provider<? extends ConnectedClients> local;

    public InProcessEventPublisher(Provider<? extends ConnectedClients> local) {
        this.local = local;
    }

    @Override
    public void publish(Event event) {
        local.get().deliver(event);
    }
}
