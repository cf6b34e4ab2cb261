package io.parley.application.fake;

import io.parley.application.event.Event;
import io.parley.application.port.ConnectedClients;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The sockets of one node, reduced to a list of what was delivered to them; tests wait on it. */
public final class RecordingConnectedClients implements ConnectedClients {
    private final List<Event> delivered = new ArrayList<>();
    private int resynchronizations;

    @Override
    public synchronized void deliver(Event event) {
        delivered.add(event);
        notifyAll();
    }

    @Override
    public synchronized void resynchronize() {
        resynchronizations++;
        notifyAll();
    }

    /** Everything delivered so far, in delivery order. */
    public synchronized List<Event> delivered() {
        return List.copyOf(delivered);
    }

    /** How many times the node was told to re-read from storage. */
    public synchronized int resynchronizations() {
        return resynchronizations;
    }

    /** Waits until {@code done} holds for the delivered events; fails after {@code timeout}. */
    public synchronized List<Event> awaitDelivered(Predicate<List<Event>> done, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.test(delivered)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError(
                        "not delivered within " + timeout + "; got " + delivered.size() + " events: " + delivered);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(delivered);
    }

    /** Waits until at least {@code count} events were delivered. */
    public List<Event> awaitCount(int count, Duration timeout) throws InterruptedException {
        return awaitDelivered(events -> events.size() >= count, timeout);
    }

    /** Forgets what was delivered. */
    public synchronized void clear() {
        delivered.clear();
    }
}
