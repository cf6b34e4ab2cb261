package io.parley.application.thread;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.ThreadRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.domain.DomainException;
import io.parley.domain.chat.Membership;
import java.util.List;

/**
 * Moves a member's read pointer in a thread; members only, like the chat's own read pointer. A move forward is told
 * to the member's own sockets after commit, so their other devices follow.
 */
public final class MarkThreadReadService implements MarkThreadReadUseCase {
    private final ThreadRepository threads;
    private final ThreadRoots roots;
    private final CommitThenPublish commits;
    private final Clock clock;

    public MarkThreadReadService(
            ChatRepository chats,
            MessageRepository messages,
            ThreadRepository threads,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.threads = threads;
        this.roots = new ThreadRoots(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public ThreadReadState markRead(MarkThreadReadCommand command) {
        return commits.run(after -> {
            ThreadRoots.Found found = roots.require(command.chat(), command.actor(), command.root());
            Membership member = found.member();
            long latest = threads.latestThreadSeq(member.chat(), command.root());
            if (latest == 0 && command.threadSeq() == null) {
                // no thread yet: nothing to read, and reading it makes nobody a participant of a thread nobody started
                return new ThreadReadState(0, 0);
            }
            long upTo = command.threadSeq() == null ? latest : command.threadSeq();
            if (upTo > latest) {
                throw DomainException.invalid(
                        "thread.invalid_read",
                        "thread_seq " + upTo + " is beyond the thread's newest reply (" + latest + ")");
            }
            long before = threads.readPointer(command.root(), command.actor());
            long pointer = threads.advanceRead(
                    member.chat(), command.root(), found.root().author(), command.actor(), upTo);
            ThreadReadState state = new ThreadReadState(pointer, threads.unreadCount(command.root(), command.actor()));
            if (pointer > before) {
                after.publish(new ThreadReadMoved(
                        member.chat(),
                        command.actor(),
                        command.root().value(),
                        pointer,
                        state.unreadCount(),
                        clock.now(),
                        List.of(command.actor())));
            }
            return state;
        });
    }
}
