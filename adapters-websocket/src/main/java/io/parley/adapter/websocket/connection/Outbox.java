package io.parley.adapter.websocket.connection;

import io.parley.adapter.websocket.frame.Frame;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's outbound queue: frames go out in the order they were queued, a few at a time, each after the socket
 * took the earlier ones. Live frames count against a limit; when a socket that stopped reading passes it, its typing
 * indicators are dropped first, and if that is not enough the socket is given up (the caller closes it with 1013).
 * Nothing here blocks: a stalled socket holds up only itself.
 *
 * <p>The socket has one writer: every frame (and the close that follows them) is handed to the transport by one task
 * at a time on {@code writer}, never by the thread that queued it nor by the one that reports a frame taken. Netty
 * writes a frame at once when asked on the connection's event loop and queues it behind earlier requests when asked
 * from any other thread, so a transport called from both kinds of thread lets a later frame overtake earlier ones;
 * {@code writer} must therefore not be an event loop.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_IN_FLIGHT = 16;

    private final Function<String, CompletableFuture<?>> transport;
    private final long limit;
    private final Consumer<String> giveUp;
    private final Executor writer;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private long queuedWeight;
    private int inFlight;
    private boolean closed;
    private boolean finishing;
    private boolean writing;
    private Runnable last;

    /**
     * @param transport sends one text frame; its future completes when the socket took it
     * @param limit     how much (in characters) live frames may queue up before the socket counts as stalled
     * @param giveUp    called once, with a reason, when the socket is given up
     * @param writer    runs the socket's writes, one task at a time per outbox; not a network event loop
     */
    public Outbox(
            Function<String, CompletableFuture<?>> transport, long limit, Consumer<String> giveUp, Executor writer) {
        this.transport = transport;
        this.limit = limit;
        this.giveUp = giveUp;
        this.writer = writer;
    }

    /** Queues a live frame, subject to the limit. */
    public void send(Frame frame) {
        enqueue(frame, true);
    }

    /** Queues a frame of the opening snapshot or a reply to the client, which the limit does not apply to. */
    public void sendUnlimited(Frame frame) {
        enqueue(frame, false);
    }

    /** Stops sending; queued frames are dropped. */
    public synchronized void close() {
        closed = true;
        queue.clear();
        queuedWeight = 0;
    }

    /**
     * Stops taking frames and hands every queued one to the socket at once, in order, so that a close sent next
     * ({@link #then}) goes out after them; later frames are dropped. A stalled socket has been given up before
     * (nothing left).
     */
    public synchronized void finish() {
        if (closed) {
            return;
        }
        closed = true;
        finishing = true;
        write();
    }

    /**
     * Runs {@code step} (a close) on the writer once every frame handed out so far and every frame still queued for a
     * {@link #finish} has been handed to the transport; runs it even if the outbox was closed or given up.
     */
    public synchronized void then(Runnable step) {
        last = step;
        write();
    }

    /** True once closed or given up. */
    public synchronized boolean isClosed() {
        return closed;
    }

    /** How much is queued and not yet handed to the socket (in characters). */
    public synchronized long queued() {
        return queuedWeight;
    }

    private void enqueue(Frame frame, boolean limited) {
        String reason = null;
        synchronized (this) {
            if (closed) {
                return;
            }
            if (limited && queuedWeight + frame.weight() > limit) {
                dropDroppable();
                if (frame.droppable()) {
                    return;
                }
                if (queuedWeight + frame.weight() > limit) {
                    reason = "the socket stopped reading: " + queuedWeight + " characters waiting";
                    close();
                }
            }
            if (reason == null) {
                queue.add(frame);
                queuedWeight += frame.weight();
                write();
            }
        }
        if (reason != null) {
            giveUp.accept(reason);
        }
    }

    private void dropDroppable() {
        for (Iterator<Frame> it = queue.iterator(); it.hasNext(); ) {
            Frame queued = it.next();
            if (queued.droppable()) {
                it.remove();
                queuedWeight -= queued.weight();
            }
        }
    }

    /** Starts the writer if there is something to hand out and it is not already at it. Holds the lock. */
    private void write() {
        if (writing || (nextFrameAllowed() == null && last == null)) {
            return;
        }
        writing = true;
        try {
            writer.execute(this::writeAll);
        } catch (RejectedExecutionException stopping) {
            // the server is stopping: the queued frames cannot go out any more, but a close still can
            LOG.debug("the socket writers are stopped; dropping {} queued frames", queue.size());
            writing = false;
            close();
            Runnable step = last;
            last = null;
            if (step != null) {
                runLast(step);
            }
        }
    }

    /** The queue's head if the window (or a {@link #finish}) lets it go out now; holds the lock. */
    private Frame nextFrameAllowed() {
        if (queue.isEmpty() || (inFlight >= MAX_IN_FLIGHT && !finishing) || (closed && !finishing)) {
            return null;
        }
        return queue.peek();
    }

    /** The writer's task: hands out frames in queue order until the window closes or nothing is left. */
    private void writeAll() {
        while (true) {
            Frame next = null;
            Runnable step = null;
            synchronized (this) {
                if (nextFrameAllowed() != null) {
                    next = queue.poll();
                    queuedWeight -= next.weight();
                    inFlight++;
                } else if (queue.isEmpty() && last != null) {
                    step = last;
                    last = null;
                } else {
                    if (queue.isEmpty()) {
                        finishing = false;
                    }
                    writing = false;
                    return;
                }
            }
            if (step != null) {
                runLast(step);
            } else {
                handOut(next);
            }
        }
    }

    private static void runLast(Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            // the writer goes on with the outbox's later work either way
            LOG.warn("the last step of a socket's output failed", e);
        }
    }

    private void handOut(Frame frame) {
        CompletableFuture<?> taking;
        try {
            taking = transport.apply(frame.text());
        } catch (RuntimeException refused) {
            taking = CompletableFuture.failedFuture(refused);
        }
        taking.whenComplete((ignored, error) -> taken(error));
    }

    private synchronized void taken(Throwable error) {
        inFlight--;
        if (error != null) {
            // the socket is gone; its close handler cleans up
            LOG.debug("a frame could not be written; the socket is closing", error);
            close();
            return;
        }
        write();
    }
}
