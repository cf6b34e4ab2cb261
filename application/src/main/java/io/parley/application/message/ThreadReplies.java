package io.parley.application.message;

import io.parley.application.commit.AfterCommit;
import io.parley.application.event.ThreadReadMoved;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.ThreadRepository;
import io.parley.domain.DomainException;
import io.parley.domain.ErrorKind;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.MessageId;
import io.parley.domain.message.ThreadPlace;
import io.parley.domain.message.ThreadRootUnknownException;
import io.parley.domain.user.UserId;
import java.util.List;

/**
 * The thread steps of a send that names a {@code thread_root}: the root is checked before the chat's lock, the reply
 * takes the thread's next {@code thread_seq} under it, and once stored the replier has read the thread up to their
 * reply and the root shows the new summary ({@link ThreadRootChanges}).
 */
final class ThreadReplies {
    private final MessageRepository messages;
    private final ThreadRepository threads;
    private final ThreadRootChanges roots;

    /** {@code threads} null: this server keeps no threads, and a send naming a root is refused. */
    ThreadReplies(ChatRepository chats, MessageRepository messages, ThreadRepository threads) {
        this.messages = messages;
        this.threads = threads;
        this.roots = new ThreadRootChanges(chats, messages);
    }

    /** Before the lock: the live message of the sender's conversation that {@code named} names, fit to be a root. */
    Message root(Membership sender, MessageId named) {
        if (threads == null) {
            throw new DomainException(
                    ErrorKind.UNSUPPORTED, "message.threads_not_available", "this server keeps no threads");
        }
        Message root = messages.find(sender.chat(), named).orElseThrow(() -> new ThreadRootUnknownException(named));
        root.checkThreadRootFor(sender.chat());
        return root;
    }

    /** Under the lock: {@code reply} as the next reply in {@code root}'s thread (a root deleted since: unknown). */
    Message place(Message reply, MessageId named, Message root) {
        long threadSeq =
                threads.nextThreadSeq(reply.chat(), root.id()).orElseThrow(() -> new ThreadRootUnknownException(named));
        return reply.inThreadOf(named, root, threadSeq);
    }

    /** After {@code reply}'s insert, still under the lock: the replier's pointer and the root's summary follow it. */
    void replied(Membership sender, Message reply, Message root, List<UserId> audience, AfterCommit after) {
        ThreadPlace place = reply.thread().orElseThrow(() -> new IllegalArgumentException("not a thread reply"));
        long before = threads.readPointer(root.id(), reply.author());
        long pointer = threads.advanceRead(sender.chat(), root.id(), root.author(), reply.author(), place.threadSeq());
        if (pointer > before && place.threadSeq() - before > 1) {
            // replies of others lay between: the replier's other devices learn they are read now
            after.publish(new ThreadReadMoved(
                    sender.chat(),
                    reply.author(),
                    root.id().value(),
                    pointer,
                    threads.unreadCount(root.id(), reply.author()),
                    reply.sentAt(),
                    List.of(reply.author())));
        }
        roots.changed(sender, root.id(), audience, after);
    }
}
