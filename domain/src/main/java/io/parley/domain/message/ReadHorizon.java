package io.parley.domain.message;

import io.parley.domain.user.UserId;
import java.util.Comparator;
import java.util.List;

/**
 * The two lowest read pointers of a conversation's members: enough to tell, for any author, whether every
 * other member has read up to a given seq.
 */
public record ReadHorizon(List<ReadPointer> lowest) {
    public ReadHorizon {
        lowest = lowest.stream()
                .sorted(Comparator.comparingLong(ReadPointer::seq))
                .limit(2)
                .toList();
    }

    /** Builds the horizon from all members' pointers. */
    public static ReadHorizon of(List<ReadPointer> pointers) {
        return new ReadHorizon(pointers);
    }

    /** True once every member other than {@code author} has read up to {@code seq}; false if nobody else is in. */
    public boolean readByEveryoneElse(UserId author, long seq) {
        return lowest.stream()
                .filter(p -> !p.reader().equals(author))
                .findFirst()
                .map(p -> p.seq() >= seq)
                .orElse(false);
    }

    /** A member's read pointer: the highest seq they have read. */
    public record ReadPointer(UserId reader, long seq) {}
}
