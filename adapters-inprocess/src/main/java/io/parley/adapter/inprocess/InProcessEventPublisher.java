package io.parley.adapter.inprocess;

import io.parley.application.event.Event;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import java.util.function.Supplier;

/**
 * The single-node fan-out: hands every event to this node's clients synchronously, in publication order. The clients
 * are looked up on first use because they depend on use cases that depend on this publisher.
 */
public final class InProcessEventPublisher implements EventPublisher {
    private final Supplier<? extends ConnectedClients> local;

    public InProcessEventPublisher(Supplier<? extends ConnectedClients> local) {
        this.local = local;
    }

    @Override
    public void publish(Event event) {
        local.get().deliver(event);
    }
}
