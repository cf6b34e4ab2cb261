package io.parley.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * What became of every message the harness sent: acks, refusals and each member's delivery, checked for loss,
 * duplicates, out-of-order seqs and misrouting. A message is named by a key (sender index, sender's counter) carried in
 * its client id and in its text, together with the time it was scheduled to go out.
 */
final class Deliveries implements MainSocket.Listener {
    private static final String TEXT = "\"text\":\"b|";
    private static final String CLIENT_ID = "\"client_id\":\"b";

    /** One sent message. Guarded by itself. */
    static final class Sent {
        final int group;
        final long scheduledNanos;
        final Step step;
        /** The members (by slot in the group) it reached; a group may have any number of members. */
        final java.util.BitSet deliveredSlots = new java.util.BitSet();

        boolean acked;
        boolean refused;

        Sent(int group, long scheduledNanos, Step step) {
            this.group = group;
            this.scheduledNanos = scheduledNanos;
            this.step = step;
        }
    }

    /** The counts and latencies of one step of offered rate. Histograms are guarded by the step. */
    static final class Step {
        final Histogram delivery = new Histogram(60_000_000_000L, 3);
        final Histogram ack = new Histogram(60_000_000_000L, 3);
        final AtomicLong sent = new AtomicLong();
        final AtomicLong acked = new AtomicLong();
        final AtomicLong refused = new AtomicLong();
        final AtomicLong delivered = new AtomicLong();
        final AtomicLong duplicated = new AtomicLong();
        final AtomicLong outOfOrder = new AtomicLong();
        final AtomicLong senderOrder = new AtomicLong();
        final AtomicLong misrouted = new AtomicLong();
        /** Deliveries of messages whose step was already forgotten: arrived after that step's drain. */
        final AtomicLong late = new AtomicLong();

        final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    }

    private final Population population;
    private final int groupSize;
    private final Map<Long, Sent> sent = new ConcurrentHashMap<>();
    private final long[] lastSeq;
    private final long[] lastCounterBySenderSlot;
    private final AtomicLong closedSockets = new AtomicLong();
    private volatile Step current = new Step();

    Deliveries(Population population, int groupSize) {
        this.population = population;
        this.groupSize = groupSize;
        this.lastSeq = new long[population.users.size()];
        this.lastCounterBySenderSlot = new long[population.users.size() * groupSize];
    }

    static long key(int senderIndex, int counter) {
        return ((long) senderIndex << 32) | counter;
    }

    /** The text of message {@code key}: its key and scheduled time, padded to {@code bytes}. */
    static String text(long key, long scheduledNanos, int bytes) {
        StringBuilder text = new StringBuilder(bytes)
                .append("b|")
                .append(key)
                .append('|')
                .append(scheduledNanos)
                .append('|');
        while (text.length() < bytes) {
            text.append('x');
        }
        return text.toString();
    }

    Step startStep() {
        current = new Step();
        return current;
    }

    long closedSockets() {
        return closedSockets.get();
    }

    void sending(long key, int group, long scheduledNanos) {
        Step step = current;
        sent.put(key, new Sent(group, scheduledNanos, step));
        step.sent.incrementAndGet();
    }

    /** The server acknowledged (stored) message {@code key}. */
    void acked(long key, long arrivedNanos) {
        Sent message = sent.get(key);
        if (message == null) {
            return;
        }
        synchronized (message) {
            if (message.acked) {
                return;
            }
            message.acked = true;
        }
        message.step.acked.incrementAndGet();
        synchronized (message.step) {
            message.step.ack.recordValue(Math.max(0, arrivedNanos - message.scheduledNanos));
        }
    }

    /** The server refused message {@code key} (an error frame or a non-2xx answer) with {@code code}. */
    void refused(long key, String code) {
        Sent message = sent.get(key);
        if (message == null) {
            return;
        }
        synchronized (message) {
            message.refused = true;
        }
        message.step.refused.incrementAndGet();
        message.step.errors.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void onFrame(int userIndex, String frame, long arrivedNanos) {
        if (frame.startsWith("{\"type\":\"notification\"")) {
            int text = frame.indexOf(TEXT);
            if (text >= 0 && frame.contains("\"type\":\"message\",\"message\":{")) {
                delivered(
                        userIndex,
                        parseLong(frame, text + TEXT.length()),
                        parseLong(frame, frame.indexOf("\"chat_id\":") + "\"chat_id\":".length()),
                        parseLong(frame, frame.indexOf("\"seq\":") + "\"seq\":".length()),
                        arrivedNanos);
            }
        } else if (frame.startsWith("{\"type\":\"ack\"")) {
            int id = frame.indexOf(CLIENT_ID);
            if (id >= 0) {
                acked(parseLong(frame, id + CLIENT_ID.length()), arrivedNanos);
            }
        } else if (frame.startsWith("{\"type\":\"error\"")) {
            int id = frame.indexOf(CLIENT_ID);
            String code = field(frame, "\"error\":\"");
            if (id >= 0) {
                refused(parseLong(frame, id + CLIENT_ID.length()), code);
            } else {
                error(code);
            }
        }
    }

    /** An error that names no message of the harness's. */
    void error(String code) {
        current.errors.computeIfAbsent(code, c -> new AtomicLong()).incrementAndGet();
    }

    @Override
    public void onClosed(int userIndex) {
        closedSockets.incrementAndGet();
    }

    /**
     * Message {@code key} arrived at {@code receiver}'s socket as part of chat {@code chatId} with {@code seq}, which
     * must rise on each socket (Parley's chat seq; ejabberd's archive id). Called on the receiver's event loop.
     */
    void delivered(int receiver, long key, long chatId, long seq, long arrivedNanos) {
        Sent message = sent.get(key);
        if (message == null) {
            current.late.incrementAndGet();
            return;
        }
        Step step = message.step;
        Population.Group group = population.groups.get(message.group);
        int slot = group == null ? -1 : population.slotIn(group, receiver);
        if (slot < 0 || group.chatId() != chatId || receiver >= lastSeq.length) {
            step.misrouted.incrementAndGet();
            return;
        }
        synchronized (message) {
            if (message.deliveredSlots.get(slot)) {
                step.duplicated.incrementAndGet();
                return;
            }
            message.deliveredSlots.set(slot);
        }
        step.delivered.incrementAndGet();
        // a receiver's frames all arrive on its own channel's event loop: no lock needed for its own entries
        if (seq <= lastSeq[receiver]) {
            step.outOfOrder.incrementAndGet();
        }
        lastSeq[receiver] = Math.max(lastSeq[receiver], seq);
        int sender = (int) (key >>> 32);
        int counter = (int) key;
        int senderSlot = receiver * groupSize + population.slotIn(group, sender);
        if (counter <= lastCounterBySenderSlot[senderSlot]) {
            step.senderOrder.incrementAndGet();
        }
        lastCounterBySenderSlot[senderSlot] = Math.max(lastCounterBySenderSlot[senderSlot], counter);
        synchronized (step) {
            step.delivery.recordValue(Math.max(0, arrivedNanos - message.scheduledNanos));
        }
    }

    /** Deliveries still missing of the messages {@code step} got acked: (members x acked) - delivered. */
    long missing(Step step) {
        long missing = 0;
        for (Sent message : sent.values()) {
            if (message.step != step) {
                continue;
            }
            synchronized (message) {
                if (message.acked) {
                    missing += groupSize - message.deliveredSlots.cardinality();
                }
            }
        }
        return missing;
    }

    /** Messages of {@code step} neither acked nor refused. */
    long unanswered(Step step) {
        long count = 0;
        for (Sent message : sent.values()) {
            if (message.step == step) {
                synchronized (message) {
                    if (!message.acked && !message.refused) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    /** Forgets the messages of finished steps (their counts stay in their step). */
    void forget(Step step) {
        sent.values().removeIf(message -> message.step == step);
    }

    static long parseLong(String text, int at) {
        long value = 0;
        boolean negative = at < text.length() && text.charAt(at) == '-';
        int i = negative ? at + 1 : at;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = value * 10 + (c - '0');
        }
        return negative ? -value : value;
    }

    private static String field(String frame, String name) {
        int at = frame.indexOf(name);
        if (at < 0) {
            return "?";
        }
        int start = at + name.length();
        int end = frame.indexOf('"', start);
        return end < 0 ? "?" : frame.substring(start, end);
    }
}
