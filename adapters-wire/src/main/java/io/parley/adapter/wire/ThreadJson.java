package io.parley.adapter.wire;

import io.micronaut.serde.annotation.Serdeable;
import io.parley.application.model.ThreadSummaryView;
import java.time.Instant;
import java.util.List;

/**
 * A thread's summary on its root: {@code reply_count} live replies, the latest ({@code last_reply}: its id,
 * {@code thread_seq}, author and time) and the {@code participants} (the root's author, then each replier in the order
 * they first replied).
 */
@Serdeable
public record ThreadJson(long replyCount, LastReply lastReply, List<Long> participants) {
    /** The newest live reply of the thread. */
    @Serdeable
    public record LastReply(long id, long threadSeq, AuthorJson author, Instant time) {}

    public static ThreadJson of(ThreadSummaryView summary) {
        ThreadSummaryView.LastReply last = summary.lastReply();
        return new ThreadJson(
                summary.replyCount(),
                new LastReply(
                        last.id(), last.threadSeq(), new AuthorJson(last.authorId(), last.authorName()), last.sentAt()),
                summary.participants());
    }
}
