package io.parley.application.commit;

import io.parley.application.port.BatchTransactionRunner;
import io.parley.application.port.BatchTransactionRunner.Outcome;
import io.parley.application.port.EventPublisher;
import io.parley.domain.ServiceUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Group commit: like {@link CommitThenPublish}, but the work of many callers shares one transaction and so one
 * durable commit. Work is spread over {@code lanes} writer threads by a key (the chat), so one chat's work always runs
 * on one lane, in arrival order; a lane takes what is queued (up to {@code batchSize} units, waiting at most
 * {@code window} for more) and runs it with {@link BatchTransactionRunner#inOneTransaction}. Each unit's after-commit
 * steps run on the lane after the commit, in order, and only then does its caller return; a unit that failed throws
 * its own exception to its caller and nothing of it happens; a batch that cannot commit fails every unit in it. A
 * full lane refuses at once with {@link ServiceUnavailableException} instead of piling up.
 */
public final class GroupCommit implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(GroupCommit.class.getName());

    private record Pending(Supplier<Object> unit, AfterCommit after, CompletableFuture<Object> done) {}

    private final BatchTransactionRunner transactions;
    private final EventPublisher events;
    private final int batchSize;
    private final long windowNanos;
    private final List<BlockingQueue<Pending>> lanes = new ArrayList<>();
    private final List<Thread> writers = new ArrayList<>();
    private volatile boolean closed;

    public GroupCommit(
            BatchTransactionRunner transactions,
            EventPublisher events,
            int lanes,
            int batchSize,
            Duration window,
            int queuePerLane) {
        if (lanes < 1 || batchSize < 1 || queuePerLane < 1 || window.isNegative()) {
            throw new IllegalArgumentException("lanes, batch size and queue must be at least 1, the window >= 0");
        }
        this.transactions = transactions;
        this.events = events;
        this.batchSize = batchSize;
        this.windowNanos = window.toNanos();
        for (int i = 0; i < lanes; i++) {
            BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(queuePerLane);
            this.lanes.add(queue);
            Thread writer = new Thread(() -> write(queue), "group-commit-" + i);
            writer.setDaemon(true);
            writers.add(writer);
            writer.start();
        }
    }

    /**
     * Runs {@code work} in a transaction shared with other callers' work of the same lane (chosen by {@code key}),
     * then what it left in its {@link AfterCommit}; returns its result once that has happened, or throws what it
     * threw (its writes rolled back) or what stopped the commit.
     */
    @SuppressWarnings("unchecked")
    public <T> T run(long key, Function<AfterCommit, T> work) {
        AfterCommit after = new AfterCommit();
        Pending pending = new Pending(() -> work.apply(after), after, new CompletableFuture<>());
        BlockingQueue<Pending> lane = lanes.get(Math.floorMod(Long.hashCode(key), lanes.size()));
        if (closed || !lane.offer(pending)) {
            throw new ServiceUnavailableException("the message store");
        }
        try {
            return (T) pending.done().get();
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailableException("the message store");
        }
    }

    private void write(BlockingQueue<Pending> queue) {
        List<Pending> batch = new ArrayList<>(batchSize);
        while (!closed || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, batchSize - 1);
                long deadline = System.nanoTime() + windowNanos;
                while (batch.size() < batchSize && windowNanos > 0) {
                    long left = deadline - System.nanoTime();
                    Pending more = left <= 0 ? null : queue.poll(left, TimeUnit.NANOSECONDS);
                    if (more == null) {
                        break;
                    }
                    batch.add(more);
                    queue.drainTo(batch, batchSize - batch.size());
                }
                commit(batch);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                batch.forEach(
                        p -> p.done().completeExceptionally(new ServiceUnavailableException("the message store")));
                return;
            } catch (RuntimeException | Error unexpected) {
                LOG.log(System.Logger.Level.ERROR, "group commit lane failed", unexpected);
                batch.forEach(p -> p.done().completeExceptionally(unexpected));
            } finally {
                batch.clear();
            }
        }
    }

    private void commit(List<Pending> batch) {
        List<Supplier<Object>> units = new ArrayList<>(batch.size());
        batch.forEach(p -> units.add(p.unit()));
        List<Outcome<Object>> outcomes;
        try {
            outcomes = transactions.inOneTransaction(units);
        } catch (RuntimeException notCommitted) {
            // nothing of the batch is stored: every caller hears so, none is acknowledged
            batch.forEach(p -> p.done().completeExceptionally(notCommitted));
            return;
        }
        for (int i = 0; i < batch.size(); i++) {
            Pending pending = batch.get(i);
            Outcome<Object> outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                pending.done().completeExceptionally(outcome.failure());
                continue;
            }
            try {
                pending.after().carryOut(events);
                pending.done().complete(outcome.result());
            } catch (RuntimeException publishFailed) {
                pending.done().completeExceptionally(publishFailed);
            }
        }
    }

    /** Stops taking work; what is queued is still written. */
    @Override
    public void close() {
        closed = true;
        for (Thread writer : writers) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
