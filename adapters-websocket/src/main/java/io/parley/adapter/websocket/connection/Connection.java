package io.parley.adapter.websocket.connection;

import io.parley.adapter.websocket.frame.Frame;
import io.parley.application.event.Event;
import io.parley.domain.auth.SessionId;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.chat.ChatId;
import io.parley.domain.chat.Mute;
import io.parley.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One open socket: whose it is, what it watches (all the user's chats for the main socket, one chat otherwise), its
 * outbound queue, its inbound work queue, one feed per watched chat and its typing timers. Events that arrive while
 * the opening snapshot is read are kept and routed once the socket is open.
 */
public final class Connection {
    private final String id;
    private final UserId user;
    private final Optional<SessionId> session;
    private final ChatAddress scope;
    private final Wire wire;
    private final Outbox outbox;
    private final SerialExecutor inbound;
    private final Map<ChatId, ChatFeed> feeds = new ConcurrentHashMap<>();
    private final Map<ChatId, Mute> mutes = new ConcurrentHashMap<>();
    private final Map<ChatAddress, ScheduledFuture<?>> typing = new ConcurrentHashMap<>();
    private final AtomicBoolean terminated = new AtomicBoolean();
    private final Object opening = new Object();
    private final List<Event> early = new ArrayList<>();
    private volatile boolean open;
    private volatile long lastHeard = System.nanoTime();
    private volatile int rateRefusals;

    /**
     * @param outboundLimit how much live output may queue up before {@code stalled} is told the client stopped reading
     * @param writer        hands the socket's frames to its wire, one at a time (see {@link Outbox})
     */
    public Connection(
            UserId user,
            Optional<SessionId> session,
            ChatAddress scope,
            Wire wire,
            long outboundLimit,
            Consumer<Connection> stalled,
            SerialExecutor inbound,
            Executor writer) {
        this.id = UUID.randomUUID().toString();
        this.user = user;
        this.session = session;
        this.scope = scope;
        this.wire = wire;
        this.outbox = new Outbox(wire::send, outboundLimit, reason -> stalled.accept(this), writer);
        this.inbound = inbound;
    }

    public String id() {
        return id;
    }

    public UserId user() {
        return user;
    }

    /** The login session the socket was opened with, if its token named one. */
    public Optional<SessionId> session() {
        return session;
    }

    /** True for {@code /api/v1/main}, which watches all the user's chats. */
    public boolean isMain() {
        return scope == null;
    }

    /** The one chat a chat socket watches; null for the main socket. */
    public ChatAddress scope() {
        return scope;
    }

    /** Remembers the user's mute of a chat (from the inbox on open, then from their settings changes). */
    public void mute(ChatId chat, Mute mute) {
        if (mute.equals(Mute.NONE)) {
            mutes.remove(chat);
        } else {
            mutes.put(chat, mute);
        }
    }

    /** True if the user has the chat muted at {@code now}, as far as this socket heard. */
    public boolean mutedAt(ChatId chat, Instant now) {
        Mute mute = mutes.get(chat);
        return mute != null && mute.activeAt(now);
    }

    /** True if this socket shows events of {@code chat} (its audience is checked separately). */
    public boolean watches(ChatId chat) {
        return scope == null || scope.id().equals(chat);
    }

    /** Queues a live frame (subject to the slow-consumer limit). */
    public void send(Frame frame) {
        outbox.send(frame);
    }

    /** Queues a snapshot frame or a reply to the client's own action. */
    public void reply(Frame frame) {
        outbox.sendUnlimited(frame);
    }

    /** Queues work of this socket behind its earlier work; false if too much is waiting. */
    public boolean enqueue(Runnable work) {
        return inbound.offer(work);
    }

    public ChatFeed feed(ChatId chat) {
        return feeds.get(chat);
    }

    public Collection<ChatFeed> feeds() {
        return feeds.values();
    }

    public void addFeed(ChatFeed feed) {
        ChatFeed old = feeds.put(feed.chat().id(), feed);
        if (old != null) {
            old.stop();
        }
    }

    public void removeFeed(ChatId chat) {
        ChatFeed old = feeds.remove(chat);
        if (old != null) {
            old.stop();
        }
    }

    /** Routes an event now, or keeps it until the socket is open. */
    public void deliver(Event event, Consumer<Event> route) {
        if (!open) {
            synchronized (opening) {
                if (!open) {
                    early.add(event);
                    return;
                }
            }
        }
        route.accept(event);
    }

    /** The opening snapshot is out: routes what arrived meanwhile, then every event as it comes. */
    public void opened(Consumer<Event> route) {
        synchronized (opening) {
            early.forEach(route);
            early.clear();
            open = true;
        }
    }

    /** Typing timers of this socket by chat: a running timer sends {@code stop_typing} when it fires. */
    public Map<ChatAddress, ScheduledFuture<?>> typingTimers() {
        return typing;
    }

    /** Records that the client was heard from (any frame or pong). */
    public void heard() {
        lastHeard = System.nanoTime();
    }

    /** Nanoseconds since the client was last heard from. */
    public long silentNanos() {
        return System.nanoTime() - lastHeard;
    }

    /** Marks the socket as ending; true only for the first caller, who then cleans up. */
    public boolean terminate() {
        if (!terminated.compareAndSet(false, true)) {
            return false;
        }
        // what was queued before the end (a "removed_from_group" notification) still goes out, before the close
        outbox.finish();
        feeds.values().forEach(ChatFeed::stop);
        return true;
    }

    /**
     * Sends the close frame with {@code code}, after every frame queued before; call after {@link #terminate}. The
     * future completes once the close has been handed to the transport.
     */
    public CompletableFuture<Void> closeSocket(int code, String reason) {
        return Closing.after(outbox, wire, code, reason);
    }

    /** Pings the client. */
    public void ping() {
        wire.ping();
    }

    /** Counts one frame refused by a rate limit; returns how many were refused in a row. Frames run one at a time. */
    public int refusedByRateLimit() {
        return ++rateRefusals;
    }

    /** A rate-limited frame went through: the run of refusals is over. */
    public void passedRateLimit() {
        rateRefusals = 0;
    }

    public boolean isTerminated() {
        return terminated.get();
    }
}
