package io.parley.adapter.websocket.call;

import io.parley.adapter.websocket.connection.Closing;
import io.parley.adapter.websocket.connection.Outbox;
import io.parley.adapter.websocket.connection.SerialExecutor;
import io.parley.adapter.websocket.connection.Wire;
import io.parley.adapter.websocket.frame.Frame;
import io.parley.domain.auth.SessionId;
import io.parley.domain.chat.ChatAddress;
import io.parley.domain.user.UserId;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** One call socket: whose it is, which conversation's call it is for, and its session once it joined. */
public final class CallConnection {
    private final UserId user;
    private final Optional<SessionId> login;
    private final ChatAddress chat;
    private final Wire wire;
    private final Outbox outbox;
    private final SerialExecutor inbound;
    private final AtomicBoolean ended = new AtomicBoolean();
    private final Set<String> unanswered = new LinkedHashSet<>();
    private volatile String sessionId;
    private volatile long heardAt = System.nanoTime();

    public CallConnection(
            UserId user,
            Optional<SessionId> login,
            ChatAddress chat,
            Wire wire,
            Outbox outbox,
            SerialExecutor inbound) {
        this.user = user;
        this.login = login;
        this.chat = chat;
        this.wire = wire;
        this.outbox = outbox;
        this.inbound = inbound;
    }

    public UserId user() {
        return user;
    }

    /** The login session whose token opened the socket. */
    public Optional<SessionId> login() {
        return login;
    }

    public ChatAddress chat() {
        return chat;
    }

    /** The session the server gave this socket on {@code join}; null before. */
    public String sessionId() {
        return sessionId;
    }

    public void joined(String session) {
        this.sessionId = session;
    }

    /** An offer from that session was relayed to this socket; an answer without {@code to} may answer it. */
    public synchronized void offered(String fromSession) {
        unanswered.add(fromSession);
    }

    /** The session whose offer an answer without {@code to} answers: the oldest unanswered one; null if none. */
    synchronized String answering() {
        Iterator<String> oldest = unanswered.iterator();
        return oldest.hasNext() ? oldest.next() : null;
    }

    /** This socket answered that session's offer (or the session left): it is no longer waiting for an answer. */
    public synchronized void answered(String session) {
        unanswered.remove(session);
    }

    /** Queues a frame to the client (signals are never dropped: a stalled client is closed instead). */
    public void send(Frame frame) {
        outbox.send(frame);
    }

    /** Queues work of this socket behind its earlier work; false if too much is waiting. */
    public boolean enqueue(Runnable work) {
        return inbound.offer(work);
    }

    /** Marks the socket as ending; true only for the first caller. */
    public boolean end() {
        if (!ended.compareAndSet(false, true)) {
            return false;
        }
        outbox.close();
        return true;
    }

    public boolean isEnded() {
        return ended.get();
    }

    /** The client sent a frame or a pong. */
    public void heard() {
        heardAt = System.nanoTime();
    }

    public long silentNanos() {
        return System.nanoTime() - heardAt;
    }

    public void ping() {
        wire.ping();
    }

    /**
     * Sends a close frame, after the frames already handed out, and ends the socket; the future completes once the
     * close has been handed to the transport.
     */
    public CompletableFuture<Void> close(int code, String reason) {
        return Closing.after(outbox, wire, code, reason);
    }
}
