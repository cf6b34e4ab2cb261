package io.parley.application.model;

import java.time.Instant;
import java.util.List;

/**
 * A thread as its root shows it, read from the thread's live replies each time: how many there are, the latest
 * ({@code lastReply}) and who took part ({@code participants}: the root's author, then every author of a live reply, in
 * the order they first replied).
 */
public record ThreadSummaryView(long replyCount, LastReply lastReply, List<Long> participants) {
    public ThreadSummaryView {
        participants = List.copyOf(participants);
    }

    /** The latest live reply of a thread. */
    public record LastReply(long id, long threadSeq, long authorId, String authorName, Instant sentAt) {}
}
