package io.parley.bootstrap.outage.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the crowd did, shared by all clients: every send (by {@code client_id}) with its attempts and its ack, the
 * current phase, and the moment its fault ended, from which the first cross-node delivery gives the recovery time.
 */
public final class ChaosLedger {
    private final Map<String, Send> sends = new ConcurrentHashMap<>();
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private volatile String phase = "setup";
    private volatile int phases;
    private volatile long faultEndedAt = Long.MAX_VALUE;
    private volatile long recoveredAt = Long.MAX_VALUE;

    /** One message a client set out to send. */
    public static final class Send {
        final String clientId;
        final String phase;
        final long chat;
        final long startedAt;
        final int startNode;
        volatile int attempts;
        volatile boolean acked;
        volatile long id;
        volatile long seq;

        Send(String clientId, String phase, long chat, long startedAt, int startNode) {
            this.clientId = clientId;
            this.phase = phase;
            this.chat = chat;
            this.startedAt = startedAt;
            this.startNode = startNode;
        }
    }

    public synchronized void begin(String phase) {
        this.phase = phase;
        phases++;
        faultEndedAt = Long.MAX_VALUE;
        recoveredAt = Long.MAX_VALUE;
    }

    public String phase() {
        return phase;
    }

    /** A short tag of the phase for client ids: {@code p1}, {@code p2}, … */
    String tag() {
        return "p" + phases;
    }

    /** The fault is over (the node is ready again, Redis listens, the database answers): recovery is timed from now. */
    public void faultEnded() {
        faultEndedAt = System.nanoTime();
    }

    Send starting(String clientId, long chat, int node) {
        Send send = new Send(clientId, phase, chat, System.nanoTime(), node);
        sends.put(clientId, send);
        return send;
    }

    /** A client received a message live on {@code node}: the first one sent after the fault on the other node ends it. */
    void deliveredLive(String clientId, int node) {
        Send send = clientId == null ? null : sends.get(clientId);
        if (send != null
                && send.attempts == 1
                && send.startNode != node
                && send.startedAt >= faultEndedAt
                && send.phase.equals(phase)) {
            long now = System.nanoTime();
            synchronized (this) {
                recoveredAt = Math.min(recoveredAt, now);
            }
        }
    }

    /** Fault end to the first cross-node live delivery of a message sent after it; empty if none happened. */
    public Optional<Duration> recoveryTime() {
        long end = faultEndedAt;
        long recovered = recoveredAt;
        return recovered == Long.MAX_VALUE || end == Long.MAX_VALUE
                ? Optional.empty()
                : Optional.of(Duration.ofNanos(Math.max(0, recovered - end)));
    }

    public List<Send> sendsOf(String phase) {
        return sends.values().stream().filter(s -> s.phase.equals(phase)).toList();
    }

    public Send send(String clientId) {
        return sends.get(clientId);
    }

    /** Something a client saw that the protocol does not allow (an unexpected refusal, a failed resume, …). */
    void problem(String what) {
        problems.add(what);
    }

    /** The problems noted since the last call. */
    public synchronized List<String> drainProblems() {
        List<String> noted = List.copyOf(problems);
        problems.clear();
        return noted;
    }
}
