package io.parley.adapter.websocket.connection;

import io.parley.adapter.websocket.frame.ChangeFrames;
import io.parley.adapter.websocket.frame.FrameEncoder;
import io.parley.application.message.CatchUp;
import io.parley.application.message.MessageChange;
import io.parley.domain.chat.ChatAddress;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One chat's message changes on one socket, released exactly once and in cursor order. Cursors of a chat have no
 * gaps, so a change that arrives early (its publisher overtook another's) waits for the missing one; a repeat is
 * dropped; a hole that stays open longer than the hole timeout (an event lost on the way) is filled from storage.
 * Until {@link #start} the feed only collects (the socket is still sending its opening snapshot).
 */
public final class ChatFeed {
    private final ChatAddress chat;
    private final FeedSink sink;
    private final FeedFiller filler;
    private final FrameEncoder encoder;
    private final ScheduledExecutorService timers;
    private final Duration holeTimeout;
    private final TreeMap<Long, ChangeFrames> held = new TreeMap<>();
    private long cursor;
    private boolean live;
    private boolean filling;
    private ScheduledFuture<?> holeTimer;

    public ChatFeed(
            ChatAddress chat,
            FeedSink sink,
            FeedFiller filler,
            FrameEncoder encoder,
            ScheduledExecutorService timers,
            Duration holeTimeout) {
        this.chat = chat;
        this.sink = sink;
        this.filler = filler;
        this.encoder = encoder;
        this.timers = timers;
        this.holeTimeout = holeTimeout;
    }

    /** The chat this feed follows. */
    public ChatAddress chat() {
        return chat;
    }

    /** The last change released (or known to the client). */
    public synchronized long cursor() {
        return cursor;
    }

    /** Goes live: the client has everything up to {@code known}; later changes are released as they come. */
    public synchronized void start(long known) {
        cursor = Math.max(cursor, known);
        live = true;
        drain();
    }

    /** A change from the fan-out, in any order, possibly a repeat. */
    public synchronized void offer(ChangeFrames change) {
        if (change.cursor() <= cursor) {
            return;
        }
        held.put(change.cursor(), change);
        if (live && !filling) {
            drain();
        }
    }

    /** Re-reads storage now, because events may have been lost on the way here. */
    public void resynchronize() {
        long since;
        synchronized (this) {
            if (!live || filling) {
                return;
            }
            filling = true;
            since = cursor;
        }
        filler.fill(this, since);
    }

    /** Releases what storage returned after the feed's cursor (or a gap), then whatever was held beyond it. */
    public synchronized void filled(CatchUp catchUp) {
        filling = false;
        if (catchUp.gap()) {
            cursor = Math.max(cursor, catchUp.cursor());
            sink.gap(chat.id(), cursor);
        } else {
            for (MessageChange change : catchUp.changes()) {
                if (change.cursor() > cursor) {
                    sink.change(new ChangeFrames(change, encoder), false);
                    cursor = change.cursor();
                }
            }
            cursor = Math.max(cursor, catchUp.cursor());
        }
        drain();
    }

    /**
     * Replays what storage returned for a client's resume: every change after the client's cursor, including ones
     * this socket already released (the client did not have them in order), then continues with what is held.
     */
    public synchronized void replay(CatchUp catchUp) {
        if (catchUp.gap()) {
            cursor = Math.max(cursor, catchUp.cursor());
            sink.gap(chat.id(), cursor);
        } else {
            for (MessageChange change : catchUp.changes()) {
                sink.change(new ChangeFrames(change, encoder), false);
                cursor = Math.max(cursor, change.cursor());
            }
            cursor = Math.max(cursor, catchUp.cursor());
        }
        drain();
    }

    /** Storage could not be read: keep what is held and try again after the hole timeout. */
    public synchronized void fillFailed() {
        filling = false;
        if (!held.isEmpty()) {
            armTimer();
        }
    }

    /** Stops the feed: nothing more is released. */
    public synchronized void stop() {
        live = false;
        held.clear();
        if (holeTimer != null) {
            holeTimer.cancel(false);
            holeTimer = null;
        }
    }

    private void drain() {
        while (!held.isEmpty() && held.firstKey() <= cursor + 1) {
            Map.Entry<Long, ChangeFrames> next = held.pollFirstEntry();
            if (next.getKey() > cursor) {
                sink.change(next.getValue(), true);
                cursor = next.getKey();
            }
        }
        if (held.isEmpty()) {
            if (holeTimer != null) {
                holeTimer.cancel(false);
                holeTimer = null;
            }
        } else {
            armTimer();
        }
    }

    private void armTimer() {
        if (holeTimer == null && live) {
            holeTimer = timers.schedule(this::holeTimedOut, holeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void holeTimedOut() {
        long since;
        synchronized (this) {
            holeTimer = null;
            if (!live || filling || held.isEmpty()) {
                return;
            }
            filling = true;
            since = cursor;
        }
        filler.fill(this, since);
    }
}
