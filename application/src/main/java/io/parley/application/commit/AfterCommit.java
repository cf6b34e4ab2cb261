package io.parley.application.commit;

import io.parley.application.event.Event;
import io.parley.application.port.EventPublisher;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What a transaction's work asks to happen once it has committed: events to publish and other follow-ups, in order. */
public final class AfterCommit {
    private static final System.Logger LOG = System.getLogger(AfterCommit.class.getName());
    private final List<Consumer<EventPublisher>> steps = new ArrayList<>();

    AfterCommit() {}

    /** Publishes {@code event} after commit. */
    public void publish(Event event) {
        steps.add(publisher -> publisher.publish(event));
    }

    /** Publishes every one of {@code events}, in order, after commit. */
    public void publishAll(List<? extends Event> events) {
        events.forEach(this::publish);
    }

    /**
     * Runs {@code step} after commit, for work outside the database such as removing a deleted chat's files. The
     * change has committed by then, so a failing step does not fail the use case: it is logged as a warning naming
     * {@code leftBehind} (what an operator may have to clean up), and the steps after it still run.
     */
    public void then(String leftBehind, Runnable step) {
        steps.add(publisher -> {
            try {
                step.run();
            } catch (RuntimeException failed) {
                LOG.log(System.Logger.Level.WARNING, "a committed change left behind " + leftBehind, failed);
            }
        });
    }

    void carryOut(EventPublisher events) {
        steps.forEach(step -> step.accept(events));
    }
}
