package io.parley.bootstrap.outage.chaos;

import java.util.HashMap;
import java.util.Map;

/**
 * What one client holds of one chat, as a real client keeps it: the change cursor it would resume from, the cursor of
 * the change it applied last per message (so repeats are recognised), and the messages it has, id to {@code seq}.
 * Not thread-safe: its client guards it.
 */
final class ChatView {
    long cursor = -1;
    long latestSeq;
    long latestSeqId;
    final Map<Long, Long> applied = new HashMap<>();
    final Map<Long, Long> seqs = new HashMap<>();

    boolean hasCursor() {
        return cursor >= 0;
    }

    /** Whether the change (message {@code id} at {@code changeCursor}) is one this client applied already. */
    boolean isRepeat(long id, long changeCursor) {
        Long before = applied.get(id);
        return before != null && before >= changeCursor;
    }

    void apply(long id, long seq, long changeCursor) {
        applied.merge(id, changeCursor, Math::max);
        seqs.put(id, seq);
        raiseLatest(id, seq);
    }

    /** A message read from the REST history (after a {@code gap}): known, at most at {@code upTo}. */
    void fill(long id, long seq, long upTo) {
        applied.putIfAbsent(id, upTo);
        seqs.put(id, seq);
        raiseLatest(id, seq);
    }

    private void raiseLatest(long id, long seq) {
        if (seq > latestSeq) {
            latestSeq = seq;
            latestSeqId = id;
        }
    }

    void raise(long changeCursor) {
        cursor = Math.max(cursor, changeCursor);
    }
}
