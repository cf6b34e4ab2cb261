package io.parley.bootstrap;

import io.parley.application.event.ChatEvent;
import io.parley.application.port.EventPublisher;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers committed events to subscribers in this JVM, synchronously and in publication order. A failing subscriber
 * is logged and does not stop the others or the publishing use case (the change is already committed).
 */
public final class InProcessEventPublisher implements EventPublisher {
    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventPublisher.class);
    private final List<Consumer<ChatEvent>> subscribers = new CopyOnWriteArrayList<>();

    @Override
    public void publish(ChatEvent event) {
        for (Consumer<ChatEvent> subscriber : subscribers) {
            try {
                subscriber.accept(event);
            } catch (RuntimeException e) {
                LOG.error("subscriber failed on {} for chat {}", event.getClass().getSimpleName(), event.chat(), e);
            }
        }
    }

    /** Adds a subscriber; closing the returned handle removes it again. */
    public AutoCloseable subscribe(Consumer<ChatEvent> subscriber) {
        subscribers.add(subscriber);
        return () -> subscribers.remove(subscriber);
    }
}
