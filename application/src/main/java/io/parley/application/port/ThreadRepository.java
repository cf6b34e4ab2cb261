package io.parley.application.port;

import io.parley.application.model.AuthoredMessage;
import io.parley.application.model.HistoryPage;
import io.parley.application.model.ThreadListing;
import io.parley.domain.chat.ChatId;
import io.parley.domain.message.MessageId;
import io.parley.domain.user.UserId;
import java.util.List;
import java.util.OptionalLong;

/** Threads: their gap-free numbering, their replies by number and each participant's read pointer in them. */
public interface ThreadRepository {
    /**
     * Takes the next {@code thread_seq} of {@code root}'s thread; the caller holds the chat's lock. Empty if
     * {@code root} is no longer a live message of {@code chat} (deleted since it was checked).
     */
    OptionalLong nextThreadSeq(ChatId chat, MessageId root);

    /** The {@code thread_seq} of the newest reply ever taken in {@code root}'s thread (0: none). */
    long latestThreadSeq(ChatId chat, MessageId root);

    /**
     * Moves {@code reader}'s pointer in {@code root}'s thread forward to {@code threadSeq} (never back), making them
     * a participant; {@code rootAuthor} becomes one too, with nothing read, if they were not yet. Returns the pointer
     * after the move.
     */
    long advanceRead(ChatId chat, MessageId root, UserId rootAuthor, UserId reader, long threadSeq);

    /** {@code reader}'s pointer in {@code root}'s thread (0: nothing read, or not a participant). */
    long readPointer(MessageId root, UserId reader);

    /** Live replies of others in {@code root}'s thread after {@code reader}'s pointer there. */
    long unreadCount(MessageId root, UserId reader);

    /** A page of {@code root}'s live replies; the page's seqs are {@code thread_seq}s, oldest first, one extra row. */
    List<AuthoredMessage> page(ChatId chat, MessageId root, HistoryPage page);

    /** The threads of {@code chat} whose participant {@code user} is, latest reply first, with their read state. */
    List<ThreadListing> threadsOf(ChatId chat, UserId user, int limit, long offset);
}
