package io.parley.adapter.inprocess;

import io.parley.application.event.Event;
import io.parley.application.port.ConnectedClients;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where either fan-out hands the events this node receives: the node's sockets, then any in-process subscribers
 * (tests that watch the events go by). A failing subscriber is logged and does not stop the others.
 */
public final class LocalDelivery implements ConnectedClients {
    private static final Logger LOG = LoggerFactory.getLogger(LocalDelivery.class);
    private final ConnectedClients sockets;
    private final List<Consumer<Event>> subscribers = new CopyOnWriteArrayList<>();

    /** Delivery to {@code sockets}, this node's socket adapter, followed by the subscribers. */
    public LocalDelivery(ConnectedClients sockets) {
        this.sockets = sockets;
    }

    @Override
    public void deliver(Event event) {
        try {
            sockets.deliver(event);
        } catch (RuntimeException e) {
            LOG.error(
                    "delivering {} to this node's sockets failed",
                    event.getClass().getSimpleName(),
                    e);
        }
        for (Consumer<Event> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("subscriber failed on {}", event.getClass().getSimpleName(), e);
            }
        }
    }

    @Override
    public void resynchronize() {
        sockets.resynchronize();
    }

    /** Adds a subscriber; closing the returned handle removes it again. */
    public AutoCloseable subscribe(Consumer<Event> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
