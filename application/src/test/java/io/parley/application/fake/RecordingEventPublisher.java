package io.parley.application.fake;

import io.parley.application.event.Event;
import io.parley.application.port.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Remembers every published event and whether it was published while a transaction was still open. */
public final class RecordingEventPublisher implements EventPublisher {
    private final BooleanSupplier inTransaction;
    private final List<Published> published = new ArrayList<>();

    /** A publisher that asks {@code transactions} whether a transaction is open at each publish. */
    public RecordingEventPublisher(TrackingTransactionRunner transactions) {
        this.inTransaction = transactions::inTransaction;
    }

    @Override
    public synchronized void publish(Event event) {
        published.add(new Published(event, inTransaction.getAsBoolean()));
    }

    /** Every publish in order, with the in-transaction flag. */
    public synchronized List<Published> published() {
        return List.copyOf(published);
    }

    /** The events in the order they were published. */
    public synchronized List<Event> events() {
        return published.stream().map(Published::event).toList();
    }

    /** The published events of one type, in order. */
    public synchronized <E extends Event> List<E> eventsOf(Class<E> type) {
        return published.stream()
                .map(Published::event)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    /** True if any event went out before its transaction ended. */
    public synchronized boolean anyPublishedInTransaction() {
        return published.stream().anyMatch(Published::inTransaction);
    }

    /** Forgets what was published so far, e.g. after a test's set-up. */
    public synchronized void clear() {
        published.clear();
    }

    /** One call of {@link #publish}: the event and whether a transaction was open at that moment. */
    public record Published(Event event, boolean inTransaction) {}
}
