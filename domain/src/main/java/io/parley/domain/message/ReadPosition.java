package io.parley.domain.message;

/**
 * Where one member stands in a conversation. {@code receiptSeq} is the highest seq they have ever read: it only moves
 * forward and is what other members see as read receipts. {@code ownSeq} is their own pointer, which unread counts
 * follow: equal to {@code receiptSeq} unless they marked the chat unread, which moves it back without taking back a
 * receipt already given.
 */
public record ReadPosition(long receiptSeq, long ownSeq) {
    public ReadPosition {
        if (receiptSeq < 0 || ownSeq < 0 || ownSeq > receiptSeq) {
            throw new IllegalArgumentException(
                    "a read position needs 0 <= own (" + ownSeq + ") <= receipt (" + receiptSeq + ")");
        }
    }

    /** A member who has read up to {@code seq} and never marked anything unread. */
    public static ReadPosition readUpTo(long seq) {
        return new ReadPosition(seq, seq);
    }

    /** Reading up to {@code seq}: both pointers move forward to it, neither moves back. */
    public ReadPosition readTo(long seq) {
        return new ReadPosition(Math.max(receiptSeq, seq), Math.max(ownSeq, seq));
    }

    /**
     * Marking the chat unread from the message at {@code seq}: the own pointer moves to just before it; a message that
     * is unread already leaves the position as it is (marking unread never reads anything).
     */
    public ReadPosition markUnreadFrom(long seq) {
        if (seq < 1) {
            throw new IllegalArgumentException("message seqs start at 1, not " + seq);
        }
        return new ReadPosition(receiptSeq, Math.min(ownSeq, seq - 1));
    }

    /** True when the own pointer stands behind the receipt: the member marked the chat unread. */
    public boolean markedUnread() {
        return ownSeq < receiptSeq;
    }
}
