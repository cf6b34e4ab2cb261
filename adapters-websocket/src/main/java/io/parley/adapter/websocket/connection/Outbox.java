package io.parley.adapter.websocket.connection;

import io.parley.adapter.websocket.frame.Frame;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's outbound queue: frames go out in the order they were queued, a few at a time, each after the socket
 * took the earlier ones. Live frames count against a limit; when a socket that stopped reading passes it, its typing
 * indicators are dropped first, and if that is not enough the socket is given up (the caller closes it with 1013).
 * Nothing here blocks: a stalled socket holds up only itself.
 */
public final class Outbox {
    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final int MAX_IN_FLIGHT = 16;

    private final Function<String, CompletableFuture<?>> transport;
    private final long limit;
    private final Consumer<String> giveUp;
    private final ArrayDeque<Frame> queue = new ArrayDeque<>();
    private long queuedWeight;
    private int inFlight;
    private boolean closed;

    /**
     * @param transport sends one text frame; its future completes when the socket took it
     * @param limit     how much (in characters) live frames may queue up before the socket counts as stalled
     * @param giveUp    called once, with a reason, when the socket is given up
     */
    public Outbox(Function<String, CompletableFuture<?>> transport, long limit, Consumer<String> giveUp) {
        this.transport = transport;
        this.limit = limit;
        this.giveUp = giveUp;
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
     * Stops taking frames and hands every queued one to the socket at once, in order, so that a close frame sent
     * next goes out after them; later frames are dropped. A stalled socket has been given up before (nothing left).
     */
    public synchronized void finish() {
        if (closed) {
            return;
        }
        closed = true;
        while (!queue.isEmpty()) {
            Frame next = queue.poll();
            inFlight++;
            transport.apply(next.text()).whenComplete((ignored, error) -> taken(error));
        }
        queuedWeight = 0;
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
                pump();
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

    private void pump() {
        while (!closed && inFlight < MAX_IN_FLIGHT && !queue.isEmpty()) {
            Frame next = queue.poll();
            queuedWeight -= next.weight();
            inFlight++;
            transport.apply(next.text()).whenComplete((ignored, error) -> taken(error));
        }
    }

    private synchronized void taken(Throwable error) {
        inFlight--;
        if (error != null) {
            // the socket is gone; its close handler cleans up
            LOG.debug("a frame could not be written; the socket is closing", error);
            close();
            return;
        }
        pump();
    }
}
