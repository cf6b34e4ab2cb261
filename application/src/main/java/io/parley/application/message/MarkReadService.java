package io.parley.application.message;

import io.parley.application.commit.CommitThenPublish;
import io.parley.application.event.ReadPointerMoved;
import io.parley.application.event.ReadPointerMoved.ReadByAll;
import io.parley.application.port.ChatRepository;
import io.parley.application.port.Clock;
import io.parley.application.port.EventPublisher;
import io.parley.application.port.MessageRepository;
import io.parley.application.port.TransactionRunner;
import io.parley.application.port.UserRepository;
import io.parley.domain.chat.Membership;
import io.parley.domain.message.Message;
import io.parley.domain.message.ReadPosition;
import io.parley.domain.user.UserNotFoundException;
import java.util.List;

/**
 * Marks a conversation read up to a message; an older message leaves the pointer where it is (after a mark unread,
 * a read behind the receipt moves only the reader's own pointer). The members hear of
 * the move, and authors whose messages it made read by everyone are named in the event.
 */
public final class MarkReadService implements MarkReadUseCase {
    private final ChatRepository chats;
    private final UserRepository users;
    private final MessageTargets targets;
    private final ReadReceipts receipts;
    private final CommitThenPublish commits;
    private final Clock clock;

    public MarkReadService(
            ChatRepository chats,
            MessageRepository messages,
            UserRepository users,
            TransactionRunner transactions,
            EventPublisher events,
            Clock clock) {
        this.chats = chats;
        this.users = users;
        this.targets = new MessageTargets(chats, messages);
        this.receipts = new ReadReceipts(chats, messages);
        this.commits = new CommitThenPublish(transactions, events);
        this.clock = clock;
    }

    @Override
    public ReadState markRead(MarkReadCommand command) {
        return commits.run(after -> {
            TargetMessage target = targets.require(command.chat(), command.actor(), command.upTo());
            Membership reader = target.actor();
            Message message = target.message();
            ReadPosition before =
                    chats.readPositionForUpdate(reader.chat(), command.actor()).orElseThrow(command.chat()::notFound);
            ReadPosition now = before.readTo(message.seq());
            if (!now.equals(before)) {
                chats.saveReadPosition(reader.chat(), command.actor(), now);
                // a receipt that moves is news for every member; a read behind it (after a mark unread) only for the
                // reader's own sockets, like a send's
                boolean receiptMoved = now.receiptSeq() > before.receiptSeq();
                List<ReadByAll> readByAll = receiptMoved
                        ? receipts.newlyReadByAll(reader.chat(), command.actor(), before.receiptSeq(), now.receiptSeq())
                        : alreadyReadByAll(message);
                String readerName = users.findById(command.actor())
                        .orElseThrow(() -> new UserNotFoundException(command.actor()))
                        .name()
                        .value();
                after.publish(new ReadPointerMoved(
                        reader.chat(),
                        command.actor(),
                        readerName,
                        message.id().value(),
                        message.seq(),
                        !receiptMoved,
                        readByAll,
                        clock.now(),
                        receiptMoved ? chats.memberIds(reader.chat()) : List.of(command.actor())));
            }
            return new ReadState(now.ownSeq(), !now.equals(before));
        });
    }

    /** For a read behind the receipt: the pointer's message, if everyone but its author has read it (nothing new). */
    private List<ReadByAll> alreadyReadByAll(Message message) {
        return chats.readHorizon(message.chat()).readByEveryoneElse(message.author(), message.seq())
                ? List.of(new ReadByAll(message.author(), message.id().value(), message.seq()))
                : List.of();
    }
}
