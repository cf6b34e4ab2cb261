package io.parley.adapter.redis;

import io.micronaut.context.annotation.Requires;
import io.parley.application.event.Event;
import io.parley.application.fake.RecordingConnectedClients;
import io.parley.application.port.ConnectedClients;
import io.parley.application.port.EventPublisher;
import jakarta.inject.Singleton;

/** A clients bean that, like the real one (through its use cases), depends on the publisher that hands it events. */
@Singleton
@Requires(property = "test.clients-needing-the-publisher")
final class ClientsNeedingThePublisher implements ConnectedClients {
    private final RecordingConnectedClients recorded = new RecordingConnectedClients();
    private final EventPublisher publisher;

    ClientsNeedingThePublisher(EventPublisher publisher) {
        this.publisher = publisher;
    }

    @Override
    public void deliver(Event event) {
        recorded.deliver(event);
    }

    @Override
    public void resynchronize() {
        recorded.resynchronize();
    }

    RecordingConnectedClients recorded() {
        return recorded;
    }

    EventPublisher publisher() {
        return publisher;
    }
}
