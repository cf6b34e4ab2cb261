package io.parley.adapter.websocket.connection;

import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one socket's work one task at a time, in arrival order, on a shared pool: frames of one client are handled in
 * the order sent, and blocking work stays off the network threads. At most {@code capacity} tasks may wait.
 */
public final class SerialExecutor implements Executor {
    private static final Logger LOG = LoggerFactory.getLogger(SerialExecutor.class);
    private final Executor pool;
    private final int capacity;
    private final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
    private boolean running;

    public SerialExecutor(Executor pool, int capacity) {
        this.pool = pool;
        this.capacity = capacity;
    }

    /** Queues a task; false (and nothing queued) if {@code capacity} tasks are already waiting. */
    public boolean offer(Runnable task) {
        synchronized (this) {
            if (tasks.size() >= capacity) {
                return false;
            }
            tasks.add(task);
            if (running) {
                return true;
            }
            running = true;
        }
        pool.execute(this::drain);
        return true;
    }

    @Override
    public void execute(Runnable task) {
        if (!offer(task)) {
            throw new IllegalStateException("too many tasks waiting");
        }
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = tasks.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException e) {
                LOG.error("socket task failed", e);
            }
        }
    }
}
